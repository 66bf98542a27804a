import { css } from 'lit';

export const bulkSelectStyles = css`
  .actions,
  .progress {
    margin-bottom: var(--_lm-space-2);
  }
  [role='status'] {
    margin: 0;
  }
  .unknown {
    margin: 0 0 var(--_lm-space-2);
    overflow-wrap: anywhere;
  }
  dialog {
    width: min(32rem, 100%);
  }
  h2 {
    margin: 0 0 var(--_lm-space-3);
    font-size: 1.125rem;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: var(--_lm-space-1);
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 10rem;
    resize: vertical;
  }
  .hint {
    margin: var(--_lm-space-1) 0 var(--_lm-space-3);
    font-size: var(--_lm-font-size-small);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lm-space-2);
    justify-content: flex-end;
  }
`;
