/**
 * Keeps a slice's previous object when a rebuilt one says the same thing, so Lit (and context consumers
 * comparing with Object.is) skip work for what did not change.
 */

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
  return false;
}

/** Same keys, and each value identical (arrays: same items in the same order). */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keysA = Object.keys(a) as (keyof T)[];
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameValue(a[key], b[key]));
}

export function keep<T extends object>(previous: T | null | undefined, next: T): T {
  return previous != null && shallowEqual(previous, next) ? previous : next;
}

/** Keeps each item's identity by key, then the array's own identity when nothing moved. */
export function keepList<T extends object>(previous: readonly T[] | null | undefined, next: readonly T[], key: (item: T) => string): readonly T[] {
  if (previous == null || previous.length === 0) return next;
  const byKey = new Map(previous.map((item) => [key(item), item]));
  const kept = next.map((item) => keep(byKey.get(key(item)), item));
  return kept.length === previous.length && kept.every((item, i) => item === previous[i]) ? previous : kept;
}
