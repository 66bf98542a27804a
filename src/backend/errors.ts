/**
 * Typed failures of a backend call. Every adapter turns HTTP answers, dropped connections and unreadable
 * bodies into one of these, so the session and the executor never see a raw fetch error.
 */
import type { FailureKind, FailureReason } from '../core/types.js';

export interface BackendErrorInit {
  readonly kind: FailureKind;
  readonly message: string;
  readonly httpStatus?: number;
  readonly serviceCode?: string | number;
  readonly retryAfterSeconds?: number;
  /** The request may have reached the service (a write whose answer was lost). */
  readonly ambiguous?: boolean;
}

export class BackendError extends Error {
  readonly kind: FailureKind;
  readonly httpStatus?: number;
  readonly serviceCode?: string | number;
  readonly retryAfterSeconds?: number;
  readonly ambiguous?: boolean;

  constructor(init: BackendErrorInit) {
    super(init.message);
    this.name = 'BackendError';
    this.kind = init.kind;
    if (init.httpStatus !== undefined) this.httpStatus = init.httpStatus;
    if (init.serviceCode !== undefined) this.serviceCode = init.serviceCode;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.ambiguous !== undefined) this.ambiguous = init.ambiguous;
  }

  toFailureReason(): FailureReason {
    return {
      kind: this.kind,
      message: this.message,
      ...(this.serviceCode !== undefined ? { serviceCode: this.serviceCode } : {}),
      ...(this.httpStatus !== undefined ? { httpStatus: this.httpStatus } : {}),
    };
  }
}

/** A body that is not what the API promises; `path` names the first wrong value, e.g. `items[3].availableUnits`. */
export class MalformedResponseError extends BackendError {
  readonly path: string;

  constructor(path: string, problem: string, init: { httpStatus?: number; ambiguous?: boolean } = {}) {
    super({ kind: 'malformed-response', message: `${path || 'response'}: ${problem}`, ...init });
    this.name = 'MalformedResponseError';
    this.path = path;
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
};

/** Service messages may carry HTML entities (`We&#39;re sorry`); they are shown as text, so decode them once. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** `Retry-After` is seconds or an HTTP date; returns whole seconds from now, or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed));
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Kind for an HTTP status when the body says nothing more specific. */
export function kindForStatus(status: number): FailureKind {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'throttled';
  if (status === 408 || status >= 500) return 'unavailable';
  if (status >= 400) return 'invalid-request';
  return 'other';
}

/**
 * An error body that is not JSON, as plain text. An HTML page (a gateway's or proxy's "502 Bad Gateway") becomes
 * its title on the first line and its visible text after it; scripts, styles and tags go. Other text is kept.
 */
export function plainErrorText(body: string): string {
  if (!/<(!doctype|html|head|body|title)\b/i.test(body)) return body.trim();
  const title = oneLine(decodeHtmlEntities(/<title[^>]*>([\s\S]*?)<\/title\s*>/i.exec(body)?.[1] ?? ''));
  const visible = body
    .replace(/<(script|style|head|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  const text = oneLine(decodeHtmlEntities(visible));
  if (title === '') return text;
  return text === '' || text === title ? title : `${title}\n${text}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
