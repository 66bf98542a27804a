/** Where focus is, looking inside shadow roots, and giving it back to what opened a dialog. */

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * After a dialog closed: focus back on its opener, unless focus already went somewhere on purpose. When the opener
 * is gone (the dialog moved the view on), `fallback` gets it.
 */
export function returnFocus(opener: HTMLElement | null, fallback?: () => HTMLElement | null): void {
  const active = deepActiveElement();
  if (active !== null && active !== document.body) return;
  if (opener?.isConnected) opener.focus();
  else fallback?.()?.focus();
}
