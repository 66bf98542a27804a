import { css } from 'lit';

export const matchDialogStyles = css`
  dialog {
    width: min(30rem, 100%);
    max-height: 100%;
  }
  h2 {
    margin-top: 0;
    font-size: 1.25rem;
  }
  label[for='match-find'] {
    display: block;
    font-weight: 600;
  }
  input[type='search'] {
    box-sizing: border-box;
    width: 100%;
    min-height: var(--_lm-target-size);
    margin-block: var(--_lm-space-1) var(--_lm-space-2);
    font: inherit;
  }
  fieldset {
    min-width: 0;
    margin: 0 0 var(--_lm-space-3);
    padding: var(--_lm-space-2) var(--_lm-space-3);
    border: 1px solid var(--_lm-color-divider);
  }
  .candidates {
    max-height: 14rem;
    overflow: auto;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .candidates li,
  .extras div {
    display: flex;
    gap: var(--_lm-space-2);
    align-items: center;
    min-height: var(--_lm-target-size);
    overflow-wrap: anywhere;
  }
  input[type='radio'] {
    flex: none;
  }
  .upn {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lm-space-2);
  }
`;
