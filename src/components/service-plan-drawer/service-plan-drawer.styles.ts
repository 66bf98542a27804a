import { css } from 'lit';

export const servicePlanDrawerStyles = css`
  dialog {
    box-sizing: border-box;
    /* Percentages resolve against the viewport for a modal dialog, without the scrollbar that 100vw includes. */
    width: min(34rem, 100%);
    max-width: 100%;
    height: 100%;
    max-height: 100%;
    margin: 0 0 0 auto;
    padding: 0;
    border: none;
    border-inline-start: 1px solid var(--_lm-color-border);
    background: var(--_lm-color-surface);
    color: var(--_lm-color-text);
    font: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .layout {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  header,
  footer {
    padding: var(--_lm-space-3) var(--_lm-space-4);
  }
  header {
    border-bottom: 1px solid var(--_lm-color-divider);
  }
  header p {
    margin: 0;
  }
  .body {
    flex: 1;
    overflow: auto;
    padding: var(--_lm-space-3) var(--_lm-space-4);
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lm-space-2);
    justify-content: flex-end;
    border-top: 1px solid var(--_lm-color-divider);
  }
  fieldset {
    margin: 0 0 var(--_lm-space-3);
    padding: var(--_lm-space-2) var(--_lm-space-3);
    border: 1px solid var(--_lm-color-divider);
    border-radius: var(--_lm-radius);
  }
  legend {
    font-weight: 600;
    padding: 0 var(--_lm-space-1);
  }
  .plan {
    display: flex;
    gap: var(--_lm-space-2);
    align-items: flex-start;
    padding: var(--_lm-space-1) 0;
  }
  .plan input {
    margin-top: 0.15rem;
    flex: none;
  }
  .tenant-plans {
    margin: var(--_lm-space-1) 0 0;
    padding-inline-start: 1.1rem;
  }
  @media (forced-colors: active) {
    dialog {
      border: 1px solid CanvasText;
    }
  }
`;
