import { css } from 'lit';

export const usageLocationDialogStyles = css`
  dialog {
    width: min(28rem, 100%);
    max-height: 100%;
  }
  h2 {
    margin-top: 0;
    font-size: 1.25rem;
  }
  label[for='country'] {
    display: block;
    font-weight: 600;
  }
  select {
    box-sizing: border-box;
    width: 100%;
    max-width: 100%;
    min-height: var(--_lm-target-size);
    margin-block: var(--_lm-space-1) var(--_lm-space-3);
    font: inherit;
  }
  fieldset {
    margin: 0 0 var(--_lm-space-3);
    padding: var(--_lm-space-2) var(--_lm-space-3);
    border: 1px solid var(--_lm-color-divider);
  }
  .users {
    max-height: 14rem;
    overflow: auto;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .users li {
    display: flex;
    gap: var(--_lm-space-2);
    align-items: baseline;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lm-space-2);
  }
`;
