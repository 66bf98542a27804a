/** Random GUIDs for request and correlation ids. `crypto.randomUUID` needs a secure context; fall back to getRandomValues. */
export function newGuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A GUID derived from another and a label, always the same for the same inputs: a second request of one
 * operation (Partner Center group2 licenses) gets its own idempotency key that survives retries.
 */
export function derivedGuid(base: string, label: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const text = `${base}/${label}`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  const hex = [h1, h2, Math.imul(h1, 31) ^ h2, Math.imul(h2, 17) ^ h1].map((n) => (n >>> 0).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
