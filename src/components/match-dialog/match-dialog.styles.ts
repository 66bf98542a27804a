import { css } from 'lit';

export const matchDialogStyles = css`
  dialog {
    width: min(30rem, 100%);
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
  .extras div {
    display: flex;
    gap: var(--_lm-space-2);
    align-items: center;
    min-height: var(--_lm-target-size);
  }
  input[type='radio'] {
    flex: none;
  }
  .upn {
    display: block;
  }
`;
