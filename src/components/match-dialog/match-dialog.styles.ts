import { css } from 'lit';

export const matchDialogStyles = css`
  dialog {
    width: min(30rem, 100%);
  }
  input[type='search'] {
    margin-block: var(--_lm-space-1) var(--_lm-space-2);
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
