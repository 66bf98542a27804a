/**
 * `::-p-role(checkbox|Select Bulk User 0001)`: the element with a role and an accessible name, found through open
 * shadow roots. Firefox's BiDi accessibility locator (behind puppeteer's `::-p-aria`) does not look inside shadow
 * roots, and the widget lives in them. This covers the names the widget and the extension pages give: aria-labelledby,
 * aria-label, <label>, a table's <caption>, a button's or link's text, then title; hidden elements are skipped.
 * The handler runs in the page: it is stringified, so it uses no named inner functions (tsx would wrap them).
 */
import { Puppeteer } from 'puppeteer-core';
import type { RoleSelector } from '../../e2e/extension-support/panel-driver.js';

const HANDLER = 'role';

function queryAll(root: Node, selector: string): Element[] {
  const bar = selector.indexOf('|');
  const wantedRole = bar < 0 ? null : selector.slice(0, bar);
  const wantedName = (bar < 0 ? selector : selector.slice(bar + 1)).replace(/\s+/g, ' ').trim();
  const found: Element[] = [];
  const roots: (Document | DocumentFragment | Element)[] = [root instanceof Document || root instanceof DocumentFragment || root instanceof Element ? root : document];
  for (let index = 0; index < roots.length; index += 1) {
    for (const element of roots[index]?.querySelectorAll('*') ?? []) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
      const tag = element.localName;
      const type = element.getAttribute('type') ?? '';
      const role =
        element.getAttribute('role') ??
        (tag === 'button' || (tag === 'input' && ['button', 'submit', 'reset'].includes(type)) ? 'button'
          : tag === 'input' && type === 'checkbox' ? 'checkbox'
          : tag === 'input' && type === 'radio' ? 'radio'
          : tag === 'input' ? 'textbox'
          : tag === 'select' ? 'combobox'
          : tag === 'table' ? 'table'
          : tag === 'dialog' ? 'dialog'
          : tag === 'a' && element.hasAttribute('href') ? 'link'
          : tag === 'section' && (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby')) ? 'region'
          : '');
      if (role === '' || (wantedRole !== null && role !== wantedRole)) continue;
      const scope = element.getRootNode();
      const labelledBy = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter((id) => id !== '');
      const byIds = scope instanceof Document || scope instanceof ShadowRoot ? labelledBy.map((id) => scope.getElementById(id)?.textContent ?? '').join(' ') : '';
      const labels = 'labels' in element && element.labels instanceof NodeList ? [...element.labels].map((label) => label.textContent ?? '').join(' ') : '';
      const name = (
        byIds.trim() ||
        element.getAttribute('aria-label') ||
        labels.trim() ||
        (tag === 'table' ? (element.querySelector('caption')?.textContent ?? '') : '') ||
        (role === 'button' || role === 'link' ? (element.textContent ?? '') : '') ||
        element.getAttribute('title') ||
        ''
      ).replace(/\s+/g, ' ').trim();
      if (name === wantedName && element.checkVisibility()) found.push(element);
    }
  }
  return found;
}

/** Registers `::-p-role(...)` once per process. */
export function registerRoleQuery(): void {
  if (!Puppeteer.customQueryHandlerNames().includes(HANDLER)) Puppeteer.registerCustomQueryHandler(HANDLER, { queryAll });
}

export const roleSelector: RoleSelector = (role, name) => `::-p-${HANDLER}(${role === null ? '' : `${role}|`}${name})`;
