import { css } from 'lit';

export const licenseManagerStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--_lm-color-surface);
    color: var(--_lm-color-text);
    border-radius: var(--_lm-radius);
  }
  /* A host page that sets color-scheme on the element (or an ancestor) gets that scheme in native controls. */
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: var(--_lm-space-3);
    padding: var(--lm-padding, var(--_lm-space-3));
  }

  .step {
    display: flex;
    flex-direction: column;
    gap: var(--_lm-space-3);
    min-width: 0;
  }

  .step-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_lm-space-2);
    position: sticky;
    bottom: 0;
    padding: var(--_lm-space-2) 0;
    background: var(--_lm-color-surface);
    border-top: 1px solid var(--_lm-color-divider);
  }

  .step-actions .count {
    margin-inline-end: auto;
    align-self: center;
    color: var(--_lm-color-muted);
  }

  .notice {
    margin: 0;
  }
  .notice p {
    margin: 0;
  }
  .notice .detail {
    display: block;
    color: var(--_lm-color-muted);
    font-size: var(--_lm-font-size-small);
    overflow-wrap: anywhere;
  }

  @container (max-width: 360px) {
    .step-actions {
      justify-content: stretch;
    }
    .step-actions button {
      flex: 1 1 auto;
    }
  }
`;
