import { css } from 'lit';

export const usageLocationDialogStyles = css`
  dialog {
    width: min(28rem, 100%);
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
`;
