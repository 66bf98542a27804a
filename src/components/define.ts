/**
 * Registers a custom element once. A page may load two copies (or versions) of the widget; the second copy
 * finds its tags taken and keeps using the first one's instead of throwing.
 */
const warned = new Set<string>();

export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (registry === undefined) return;
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned.has(tag)) return;
  warned.add(tag);
  console.warn(`<${tag}> is already defined by another copy of License Manager on this page; that definition is kept.`);
}
