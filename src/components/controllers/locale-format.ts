/**
 * Formatting helpers shared by the leaf components (not a controller; lives here because it is shared plumbing).
 * Everything takes the LocaleInfo from context and falls back to English when none is provided.
 */
import type { LocaleInfo } from '../context.js';

export const FALLBACK_LOCALE: LocaleInfo = {
  language: 'en',
  collator: new Intl.Collator('en'),
  numbers: new Intl.NumberFormat('en'),
};

/** Intl constructors are slow and tables call these per row: one formatter per language and kind. */
const formatters = new Map<string, Intl.ListFormat | Intl.DateTimeFormat | Intl.DisplayNames>();

function cached<T extends Intl.ListFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "3 minutes ago", "just now"-ish ("0 seconds ago" is avoided: under 45 s reads "now"). */
export function timeAgo(language: string, then: number, now: number = Date.now()): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const seconds = Math.round((then - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return format.format(0, 'second');
  if (abs < 45 * 60) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86400), 'day');
}

/** "about 2 minutes" style duration for a number of seconds, in the unit that reads best. */
export function duration(language: string, totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 90) return new Intl.NumberFormat(language, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);
  if (seconds < 90 * 60) return new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(Math.round(seconds / 60));
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 }).format(seconds / 3600);
}

/** A list of data items ("A, B and C", or "A or B") in the UI language; the items themselves are never translated. */
export function listOf(language: string, items: readonly string[], type: 'and' | 'or' = 'and'): string {
  const listType = type === 'and' ? 'conjunction' : 'disjunction';
  return cached(`list:${listType}:${language}`, () => new Intl.ListFormat(language, { style: 'long', type: listType })).format(items);
}

export function dateTime(language: string, epochMs: number): string {
  return cached(`date:${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })).format(epochMs);
}

/** The usage location's region name ("Sweden"), or the raw code when the runtime does not know it. */
export function regionName(language: string, code: string): string {
  try {
    return cached(`region:${language}`, () => new Intl.DisplayNames(language, { type: 'region' })).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
