/**
 * Why something failed, in the admin's words and the UI language. The service's own message is kept as detail
 * (it is English, technical, and what support will ask for), never as the headline. Pre-flight findings are
 * worded next to the product they concern (components/product-grid/finding-words.ts).
 */
import { msg, str } from '@lit/localize';
import type { FailureKind, FailureReason, SkuId } from '../core/types.js';
import { formatAlternatives } from './format.js';
import { currentUiLanguage } from './localization.js';
import type { ViewError } from '../session/view-state.js';

export interface ReasonText {
  /** One plain sentence in the UI language. */
  readonly summary: string;
  /**
   * The service's message or error detail in one short plain line (a long one cut, an HTML error page reduced to
   * its title) with its code or HTTP status; null when there is nothing beyond the summary.
   */
  readonly detail: string | null;
  /** The whole service text when `detail` had to cut it, for a "Details" disclosure; absent otherwise. */
  readonly more?: string;
}

/** Service text up to this long shows whole; longer text shows its first line cut near CUT_AT, the rest behind "Details". */
const SHORT_DETAIL = 160;
const CUT_AT = 120;

/**
 * A failure kind, a load failure ("network") or a storage failure in a few plain words: the one wording the
 * whole UI uses (results table, load errors, notices).
 */
export function failureSummary(kind: FailureKind | ViewError['kind']): string {
  switch (kind) {
    case 'not-enough-licenses': return msg('Not enough licenses');
    case 'mutually-exclusive': return msg("Can't be held together with another product");
    case 'dependency': return msg('Depends on another product');
    case 'unavailable-in-location': return msg("Not available in the user's location");
    case 'usage-location-missing': return msg('The user has no usage location');
    case 'uniqueness': return msg('The change conflicts with an existing assignment');
    case 'inherited-from-group': return msg('The license is inherited from a group; remove the user from the group to remove it');
    case 'not-found': return msg('The user or product no longer exists');
    case 'wrong-tenant': return msg("The sign-in is for another tenant than this customer's");
    case 'forbidden': return msg("You don't have permission to change licenses");
    case 'throttled': return msg('The service was busy (throttled); try again');
    case 'unavailable': return msg("The service didn't answer; try again");
    case 'invalid-request': return msg('The service rejected the request');
    case 'malformed-response': return msg('The service sent an answer we could not read');
    case 'cancelled': return msg('Cancelled before it was sent');
    case 'changed-since': return msg('Licenses changed since that job: skipped, not overwritten');
    case 'network': return msg("Couldn't reach the service; check the connection and try again");
    case 'storage': return msg("Couldn't use the browser's storage");
    case 'other': return msg('Something went wrong');
  }
}

/**
 * A failed operation's reason: plain words plus the service's message. When the reason knows the other product
 * (an exclusive one), the words name it, as the findings before saving do.
 */
export function describeFailure(reason: FailureReason, productNames: ReadonlyMap<SkuId, string> = new Map()): ReasonText {
  const summary = failureWords(reason, productNames);
  if (reason.kind === 'changed-since') return { summary, detail: null };
  if (reason.notSent) return { summary, detail: msg('Not sent: the check before saving found this.') };
  return { summary, ...serviceDetail(reason.message, serviceCodeOf(reason)) };
}

/** A load or storage error shown in place of a view. */
export function describeViewError(error: ViewError): ReasonText {
  const detail = [error.message, error.detail].filter((part): part is string => part !== undefined && part.trim() !== '').join(' ');
  if (detail === '') return { summary: loadFailureSummary(error), detail: null };
  const status = error.httpStatus === undefined ? null : `HTTP ${error.httpStatus}`;
  const shown = serviceDetail(detail, null);
  // Cut short (an HTML page, a long answer), the line says which status it came with.
  return { summary: loadFailureSummary(error), ...(shown.more === undefined ? shown : serviceDetail(detail, status)) };
}

function failureWords(reason: FailureReason, productNames: ReadonlyMap<SkuId, string>): string {
  if (reason.kind === 'forbidden' && reason.httpStatus === 401) return signInRefused();
  const others = (reason.otherSkuIds ?? []).map((id) => productNames.get(id) ?? id);
  if (reason.kind === 'mutually-exclusive' && others.length > 0) {
    const exclusive = formatAlternatives(currentUiLanguage(), others);
    return msg(str`Can't be held together with ${exclusive}`);
  }
  return failureSummary(reason.kind);
}

/**
 * A load failed: mostly the failure kind's words, but a 401 is a sign-in problem, not a permission one, and
 * "not found" on a load means the customer itself (the picker and grid load nothing more specific).
 */
function loadFailureSummary(error: ViewError): string {
  if (error.kind === 'forbidden' && error.httpStatus === 401) return signInRefused();
  if (error.kind === 'not-found') return msg('The service does not know this customer; check the customer ID');
  return failureSummary(error.kind);
}

function signInRefused(): string {
  return msg("The access token wasn't accepted (missing, expired or not valid); sign in again");
}

function serviceCodeOf(reason: FailureReason): string | null {
  if (reason.serviceCode !== undefined) return String(reason.serviceCode);
  return reason.httpStatus === undefined ? null : `HTTP ${reason.httpStatus}`;
}

/** The service's text as one short line, and the whole of it when the line had to cut it. */
function serviceDetail(message: string, code: string | null): Pick<ReasonText, 'detail' | 'more'> {
  const text = message.trim();
  const firstLine = (text.split('\n', 1)[0] ?? '').trim();
  if (firstLine === text && text.length <= SHORT_DETAIL) return { detail: detailOf(text, code) };
  const line = firstLine.length <= SHORT_DETAIL ? firstLine : `${firstLine.slice(0, CUT_AT).replace(/\s+\S*$/u, '')}…`;
  return { detail: detailOf(line, code), more: text };
}

function detailOf(message: string, code: string | null): string | null {
  const text = message.trim();
  if (text === '') return code;
  return code === null || text.includes(code) ? text : `${text} (${code})`;
}
