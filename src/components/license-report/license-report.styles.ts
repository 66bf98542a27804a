import { css } from 'lit';

export const licenseReportStyles = css`
  section {
    padding: var(--_lm-space-3);
    border: 1px solid var(--_lm-color-divider);
    border-radius: var(--_lm-radius);
    margin-bottom: var(--_lm-space-3);
  }
  h2 {
    font-size: 1em;
    margin: 0 0 var(--_lm-space-2);
  }
  p {
    margin: 0 0 var(--_lm-space-2);
    overflow-wrap: anywhere;
  }
  progress {
    display: block;
    width: 100%;
    margin: 0 0 var(--_lm-space-2);
    accent-color: var(--_lm-color-accent);
  }
  .error p {
    color: var(--_lm-color-danger);
  }
`;
