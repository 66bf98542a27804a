import { css } from 'lit';

export const jobBannerStyles = css`
  section {
    padding: var(--_lm-space-3);
    border: 1px solid var(--_lm-color-warning);
    border-radius: var(--_lm-radius);
    background: var(--_lm-color-warning-surface);
    margin-bottom: var(--_lm-space-3);
  }
  p {
    margin: 0 0 var(--_lm-space-2);
  }
  progress {
    display: block;
    width: 100%;
    margin: 0 0 var(--_lm-space-2);
    accent-color: var(--_lm-color-accent);
  }
`;
