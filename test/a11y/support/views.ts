/** Finding things across the widget's nested shadow roots, as the rendered page shows them. */
import { accessibleName, matches, roleOf } from '../../harness/a11y.js';
import { deepElements, type Widget } from './widget.js';

/** The open <dialog> anywhere in the widget, or null. */
export function openDialog(widget: Widget): HTMLDialogElement | null {
  return deepElements(widget.root).find((element): element is HTMLDialogElement => element instanceof HTMLDialogElement && element.open) ?? null;
}

/** The open popover anywhere in the widget, or null. */
export function openPopover(widget: Widget): HTMLElement | null {
  return deepElements(widget.root).find((element): element is HTMLElement => element instanceof HTMLElement && element.hasAttribute('popover') && element.matches(':popover-open')) ?? null;
}

/** The text a sighted user sees, across shadow roots (hidden elements skipped). */
export function visibleText(host: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (!node.checkVisibility()) return;
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
      if (node instanceof HTMLSlotElement) node.assignedNodes().forEach(visit);
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(visit);
  };
  visit(host);
  return parts.join(' ').replace(/\s+/gu, ' ');
}

/** Elements focus can reach by Tab, across shadow roots, in DOM order (tabindex > 0 is not used here). */
export function tabbables(widget: Widget): HTMLElement[] {
  return deepElements(widget.root).filter((element): element is HTMLElement =>
    element instanceof HTMLElement && element.tabIndex >= 0 && !element.matches(':disabled') && element.checkVisibility()
      && !element.closest('[inert]') && element.localName !== 'slot' && !(element.shadowRoot?.delegatesFocus ?? false)
      && isFocusableKind(element));
}

function isFocusableKind(element: HTMLElement): boolean {
  return element.matches('a[href], button, input, select, textarea, summary, [tabindex]') && !element.matches('[tabindex="-1"]');
}

/** The first element with this role and accessible name anywhere in the widget (names as test/harness/a11y.ts computes them). */
export function byRole(widget: Widget, role: string, name: string | RegExp): HTMLElement {
  const found = deepElements(widget.root).find((element): element is HTMLElement =>
    element instanceof HTMLElement && roleOf(element) === role && element.checkVisibility() && matches(accessibleName(element), name));
  if (!found) {
    const seen = deepElements(widget.root).filter((element) => roleOf(element) === role).map((element) => JSON.stringify(accessibleName(element)));
    throw new Error(`No ${role} named ${String(name)}; present: ${seen.join(', ') || 'none'}`);
  }
  return found;
}

/** Text in live regions (aria-live, status, alert, log), outermost regions only: what is spoken without a focus move. */
export function liveRegions(widget: Widget): string[] {
  const selector = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
  return deepElements(widget.root)
    .filter((element) => element.matches(selector) && !element.parentElement?.closest(selector))
    .map((element) => `${element.getAttribute('role') ?? `aria-live=${element.getAttribute('aria-live') ?? ''}`}: ${(element.textContent ?? '').replace(/\s+/gu, ' ').trim()}`)
    .filter((line) => !/:\s*$/u.test(line));
}
