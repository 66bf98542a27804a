/**
 * Design tokens. Public knobs are `--lm-*` custom properties a host page may set on any ancestor; each component
 * reads them through private `--_lm-*` copies with defaults, so a token set on `license-manager` (or the page)
 * is inherited and never shadowed by a declaration on the leaf's own :host.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    color-scheme: light dark;
    --_lm-font: var(--lm-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_lm-font-size: var(--lm-font-size, 0.875rem);
    --_lm-font-size-small: var(--lm-font-size-small, 0.8125rem);
    --_lm-radius: var(--lm-radius, 6px);
    --_lm-space-1: var(--lm-space-1, 0.25rem);
    --_lm-space-2: var(--lm-space-2, 0.5rem);
    --_lm-space-3: var(--lm-space-3, 0.75rem);
    --_lm-space-4: var(--lm-space-4, 1rem);
    --_lm-color-text: var(--lm-color-text, #1b1b1f);
    --_lm-color-muted: var(--lm-color-muted, #50535a);
    --_lm-color-surface: var(--lm-color-surface, #ffffff);
    --_lm-color-surface-alt: var(--lm-color-surface-alt, #f3f4f7);
    --_lm-color-border: var(--lm-color-border, #767980);
    --_lm-color-divider: var(--lm-color-divider, #d8dae0);
    --_lm-color-accent: var(--lm-color-accent, #0b57d0);
    --_lm-color-on-accent: var(--lm-color-on-accent, #ffffff);
    --_lm-color-danger: var(--lm-color-danger, #b3261e);
    --_lm-color-danger-surface: var(--lm-color-danger-surface, #fdecea);
    --_lm-color-warning: var(--lm-color-warning, #7a4f00);
    --_lm-color-warning-surface: var(--lm-color-warning-surface, #fff4dc);
    --_lm-color-success: var(--lm-color-success, #146c2e);
    --_lm-focus-ring: var(--lm-focus-ring, 2px solid #0b57d0);
    --_lm-focus-offset: var(--lm-focus-offset, 2px);
    --_lm-target-size: var(--lm-target-size, 24px);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_lm-color-text: var(--lm-color-text, #e6e6ea);
      --_lm-color-muted: var(--lm-color-muted, #b7bac2);
      --_lm-color-surface: var(--lm-color-surface, #1b1b1f);
      --_lm-color-surface-alt: var(--lm-color-surface-alt, #26272c);
      --_lm-color-border: var(--lm-color-border, #8e9199);
      --_lm-color-divider: var(--lm-color-divider, #3a3b41);
      --_lm-color-accent: var(--lm-color-accent, #a8c7fa);
      --_lm-color-on-accent: var(--lm-color-on-accent, #062e6f);
      --_lm-color-danger: var(--lm-color-danger, #f2b8b5);
      --_lm-color-danger-surface: var(--lm-color-danger-surface, #3c1512);
      --_lm-color-warning: var(--lm-color-warning, #f5c66b);
      --_lm-color-warning-surface: var(--lm-color-warning-surface, #332500);
      --_lm-color-success: var(--lm-color-success, #8fd6a1);
      --_lm-focus-ring: var(--lm-focus-ring, 2px solid #a8c7fa);
    }
  }

  /* Windows High Contrast and friends: system colors only, so the admin's theme wins everywhere. */
  @media (forced-colors: active) {
    :host {
      --_lm-color-text: CanvasText;
      --_lm-color-muted: CanvasText;
      --_lm-color-surface: Canvas;
      --_lm-color-surface-alt: Canvas;
      --_lm-color-border: CanvasText;
      --_lm-color-divider: CanvasText;
      --_lm-color-accent: LinkText;
      --_lm-color-on-accent: Canvas;
      --_lm-color-danger: CanvasText;
      --_lm-color-danger-surface: Canvas;
      --_lm-color-warning: CanvasText;
      --_lm-color-warning-surface: Canvas;
      --_lm-color-success: CanvasText;
      --_lm-focus-ring: 2px solid Highlight;
    }
  }
`;
