import { css } from 'lit';

export const usageLocationDialogStyles = css`
  dialog {
    width: min(28rem, 100%);
  }
  select {
    max-width: 100%;
    margin-block: var(--_lm-space-1) var(--_lm-space-3);
  }
`;
