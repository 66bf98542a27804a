import { css } from 'lit';

/** A modal <dialog> as the widget draws it: a framed surface never wider than the viewport, over a dimmed page. */
export const modalDialog = css`
  dialog {
    box-sizing: border-box;
    max-width: 100%;
    padding: var(--_lm-space-4);
    border: 1px solid var(--_lm-color-border);
    border-radius: var(--_lm-radius);
    background: var(--_lm-color-surface);
    color: var(--_lm-color-text);
    font: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
`;
