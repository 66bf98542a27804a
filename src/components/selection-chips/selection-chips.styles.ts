import { css } from 'lit';

export const selectionChipsStyles = css`
  .header {
    justify-content: space-between;
    margin-bottom: var(--_lm-space-2);
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .count:focus {
    outline: none;
  }
  .count:focus-visible {
    outline: var(--_lm-focus-ring);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lm-space-1) var(--_lm-space-2);
    margin: 0 0 var(--_lm-space-2);
    padding: 0;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_lm-space-1);
    max-width: 100%;
    min-height: var(--_lm-target-size);
    padding: 0 0 0 var(--_lm-space-2);
    border: 1px solid var(--_lm-color-border);
    border-radius: 999px;
    background: var(--_lm-color-surface-alt);
  }
  .chip-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-width: 0;
    max-width: 16rem;
  }
  .chip button {
    border: none;
    border-radius: 999px;
    background: transparent;
    padding: 0;
    line-height: 1;
  }
  .chip button:hover {
    background: var(--_lm-color-divider);
  }
  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
    }
    .chip button {
      border: 1px solid ButtonText;
    }
  }
`;
