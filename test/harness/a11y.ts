/**
 * Finds controls the way assistive technology does: by role and accessible name, inside a component's shadow root.
 * A small subset of WAI-ARIA's role mapping and accname computation, enough for native controls and ARIA labels;
 * tests that need the browser's own answer use a11ySnapshot from @web/test-runner-commands.
 */

export type Name = string | RegExp;

const TEXT_ROLES = new Set(['button', 'link', 'cell', 'columnheader', 'rowheader', 'listitem', 'heading', 'option', 'tab', 'note', 'status', 'alert']);

export function roleOf(element: Element): string | null {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = element.localName;
  switch (tag) {
    case 'button':
    case 'summary':
      return 'button';
    case 'a':
      return element.hasAttribute('href') ? 'link' : null;
    case 'input': {
      const type = (element as HTMLInputElement).type;
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'search') return 'searchbox';
      if (type === 'button' || type === 'submit' || type === 'reset') return 'button';
      return 'textbox';
    }
    case 'select':
      return (element as HTMLSelectElement).multiple || (element as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
    case 'option':
      return 'option';
    case 'table':
      return 'table';
    case 'tr':
      return 'row';
    case 'th':
      return element.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
    case 'td':
      return 'cell';
    case 'ul':
    case 'ol':
      return 'list';
    case 'li':
      return 'listitem';
    case 'dialog':
      return 'dialog';
    case 'progress':
      return 'progressbar';
    case 'nav':
      return 'navigation';
    case 'section':
      return element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby') ? 'region' : null;
    case 'fieldset':
      return 'group';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    default:
      return null;
  }
}

/** Text as a screen reader would read it: aria-hidden subtrees skipped, a child's aria-label used, whitespace collapsed. */
export function textOf(node: Node, isRoot = true): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof DocumentFragment) return Array.from(node.childNodes).map((child) => textOf(child, false)).join('');
  if (!(node instanceof Element)) return '';
  if (node.getAttribute('aria-hidden') === 'true') return '';
  if (!isRoot) {
    const label = node.getAttribute('aria-label');
    if (label && label.trim() !== '') return ` ${label} `;
  }
  let text = '';
  for (const child of Array.from(node.childNodes)) text += textOf(child, false);
  const display = node.isConnected ? getComputedStyle(node).display : 'inline';
  return display === 'inline' || display === 'contents' ? text : ` ${text} `;
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function accessibleName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return clean(
      labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById(id))
        .map((target) => (target ? textOf(target) : ''))
        .join(' '),
    );
  }
  const label = element.getAttribute('aria-label');
  if (label && label.trim() !== '') return clean(label);
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
    const labels = Array.from(element.labels ?? []);
    if (labels.length > 0) return clean(labels.map((labelElement) => textOfLabel(labelElement, element)).join(' '));
    return clean(element.getAttribute('title') ?? '');
  }
  if (element instanceof HTMLTableElement) return clean(element.caption ? textOf(element.caption) : '');
  if (element instanceof HTMLFieldSetElement) {
    const legend = element.querySelector(':scope > legend');
    return clean(legend ? textOf(legend) : '');
  }
  const role = roleOf(element);
  if (role !== null && TEXT_ROLES.has(role)) return clean(textOf(element));
  return clean(element.getAttribute('title') ?? '');
}

/** A label's text without the control's own value (a select inside its label would add its options). */
function textOfLabel(label: HTMLLabelElement, control: Element): string {
  let text = '';
  for (const child of Array.from(label.childNodes)) if (child !== control) text += textOf(child);
  return text;
}

export function matches(name: string, expected: Name): boolean {
  return typeof expected === 'string' ? name === expected : expected.test(name);
}

/** Elements in `root` (a shadow root or element) that are rendered, i.e. in the accessibility tree. */
export function allElements(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((element) => element.checkVisibility({ visibilityProperty: true }));
}

export function queryAllByRole(root: ParentNode, role: string, name?: Name): HTMLElement[] {
  return allElements(root).filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement && roleOf(element) === role && (name === undefined || matches(accessibleName(element), name)),
  );
}

export function queryByRole(root: ParentNode, role: string, name?: Name): HTMLElement | null {
  return queryAllByRole(root, role, name)[0] ?? null;
}

export function getByRole(root: ParentNode, role: string, name?: Name): HTMLElement {
  const found = queryAllByRole(root, role, name);
  if (found.length === 0) {
    const seen = queryAllByRole(root, role).map((element) => JSON.stringify(accessibleName(element)));
    throw new Error(`No ${role} named ${String(name)}; ${role}s present: ${seen.join(', ') || 'none'}`);
  }
  return found[0]!;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A checkbox's state as assistive technology reads it. */
export function checkState(box: HTMLInputElement): 'checked' | 'unchecked' | 'mixed' {
  if (box.indeterminate) {
    if (box.getAttribute('aria-checked') !== 'mixed') throw new Error('indeterminate checkbox without aria-checked="mixed"');
    return 'mixed';
  }
  if (box.getAttribute('aria-checked') === 'mixed') throw new Error('aria-checked="mixed" on a box that is not indeterminate');
  return box.checked ? 'checked' : 'unchecked';
}

/** The text of the elements an element's aria-describedby points to (same root only, like the browser). */
export function accessibleDescription(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  return clean(
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id !== '')
      .map((id) => root.getElementById(id))
      .map((target) => (target ? textOf(target) : ''))
      .join(' '),
  );
}
