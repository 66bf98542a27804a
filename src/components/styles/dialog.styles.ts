import { css } from 'lit';

/** A modal <dialog> as the widget draws it: a framed surface never wider than the viewport, over a dimmed page. */
export const modalDialog = css`
  dialog {
    box-sizing: border-box;
    max-width: 100%;
    max-height: 100%;
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
  h2 {
    margin-top: 0;
    font-size: 1.25rem;
  }
  dialog fieldset {
    min-width: 0;
    margin: 0 0 var(--_lm-space-3);
    padding: var(--_lm-space-2) var(--_lm-space-3);
    border: 1px solid var(--_lm-color-divider);
  }
  /* The dialog's one field (the user to find, the country): its label above it, the field as wide as the dialog. */
  dialog .field-label {
    display: block;
    font-weight: 600;
  }
  dialog .wide-field {
    box-sizing: border-box;
    width: 100%;
    min-height: var(--_lm-target-size);
    font: inherit;
  }
  /* A list to choose from (users, with checkboxes or radios) that scrolls within the dialog. */
  dialog .choices {
    max-height: 14rem;
    overflow: auto;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  dialog .choices li {
    display: flex;
    gap: var(--_lm-space-2);
    align-items: center;
    min-height: var(--_lm-target-size);
    overflow-wrap: anywhere;
  }
  dialog .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lm-space-2);
  }
`;
