/**
 * Intl formatting per UI language: sorting names, counts, lists of names, dates, durations, places and the age of
 * cached data. Formatters are built once per language (Intl constructors are slow, and tables format per row) and
 * shared, so the `LocaleInfo` a root provides keeps its identity until the language changes. The components format
 * through these functions too; a leaf rendered without a root uses `localeInfo('en')`.
 */
import type { LocaleInfo, UiLanguage } from './localization.js';

/** Everything in `LocaleInfo` plus the formatters components reach for most. */
export interface LocaleFormats extends LocaleInfo {
  readonly language: UiLanguage;
  /** "A, B, and C" / "A, B och C". */
  readonly list: Intl.ListFormat;
  /** "A or B" / "A eller B": a requirement met by any one of several products. */
  readonly alternatives: Intl.ListFormat;
  /** "Feb 3, 2025, 2:05 PM" / "3 feb. 2025 14:05", in the browser's time zone. */
  readonly dateTime: Intl.DateTimeFormat;
  readonly relativeTime: Intl.RelativeTimeFormat;
  readonly plurals: Intl.PluralRules;
  /** Country names for usage locations: "SE" -> "Sweden" / "Sverige". */
  readonly regions: Intl.DisplayNames;
}

const cache = new Map<UiLanguage, LocaleFormats>();

/** The formatters for one UI language; the same object every time for the same language. */
export function localeInfo(language: UiLanguage): LocaleFormats {
  let formats = cache.get(language);
  if (formats === undefined) {
    formats = {
      language,
      // numeric: "User 2" before "User 10"; in Swedish Å, Ä, Ö sort after Z, in English with A and O.
      collator: new Intl.Collator(language, { numeric: true }),
      numbers: new Intl.NumberFormat(language),
      list: new Intl.ListFormat(language, { type: 'conjunction', style: 'long' }),
      alternatives: new Intl.ListFormat(language, { type: 'disjunction', style: 'long' }),
      dateTime: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
      relativeTime: new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'long' }),
      plurals: new Intl.PluralRules(language),
      regions: new Intl.DisplayNames(language, { type: 'region', fallback: 'code' }),
    };
    cache.set(language, formats);
  }
  return formats;
}

/** Sorts a copy of `items` by `key` in the language's alphabetical order. */
export function sortByName<T>(language: UiLanguage, items: readonly T[], key: (item: T) => string): T[] {
  const { compare } = localeInfo(language).collator;
  return [...items].sort((a, b) => compare(key(a), key(b)));
}

/** 12345 -> "12,345" / "12 345" (no-break space, so a count never wraps). */
export function formatCount(language: UiLanguage, count: number): string {
  return localeInfo(language).numbers.format(count);
}

/** ["Ann", "Bo", "Cid"] -> "Ann, Bo, and Cid" / "Ann, Bo och Cid". The items themselves are never translated. */
export function formatList(language: UiLanguage, items: readonly string[]): string {
  return localeInfo(language).list.format(items);
}

/** ["E3", "E5"] -> "E3 or E5" / "E3 eller E5": a requirement any one of several products meets. */
export function formatAlternatives(language: UiLanguage, items: readonly string[]): string {
  return localeInfo(language).alternatives.format(items);
}

/** An instant (epoch ms) as date and time. `timeZone` is for tests and reports; the UI uses the browser's. */
export function formatDateTime(language: UiLanguage, epochMs: number, timeZone?: string): string {
  const format = timeZone === undefined
    ? localeInfo(language).dateTime
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return format.format(epochMs);
}

/** An instant (epoch ms) as a time of day with seconds: "23:14:05" / "11:14:05 PM". */
export function formatTime(language: UiLanguage, epochMs: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'medium', ...(timeZone === undefined ? {} : { timeZone }) }).format(epochMs);
}

/**
 * How long ago `thenMs` was, seen at `nowMs`, in the unit that reads best, rounded: "now" (under 45 seconds, so
 * never "0 seconds ago", and also for a time slightly in the future when clocks disagree), "3 minutes ago",
 * "yesterday" / "nu", "för 3 minuter sedan", "i går".
 */
export function formatAge(language: UiLanguage, thenMs: number, nowMs: number): string {
  const format = localeInfo(language).relativeTime;
  const seconds = Math.round((thenMs - nowMs) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return format.format(0, 'second');
  if (abs < 45 * 60) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86400), 'day');
}

/** "45 seconds", "12 minutes", "1.5 hours" / "12 minuter": a time left, in the unit that reads best. */
export function formatDuration(language: UiLanguage, totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 90) return new Intl.NumberFormat(language, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);
  if (seconds < 90 * 60) return new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(Math.round(seconds / 60));
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 }).format(seconds / 3600);
}

/**
 * Picks the form for `count` by the language's plural rules. Both languages have "one" and "other"; lit-localize
 * has no plural syntax, so write both forms as separate messages:
 * `plural(language, n, { one: msg('1 user'), other: msg(str`${formatCount(language, n)} users`) })`.
 */
export function plural<T>(language: UiLanguage, count: number, forms: { readonly one: T; readonly other: T }): T {
  return localeInfo(language).plurals.select(count) === 'one' ? forms.one : forms.other;
}

/**
 * A usage location (ISO 3166 alpha-2, as the service sends it) as a country name: "SE" -> "Sweden" / "Sverige".
 * A code Intl does not know stays as it came.
 */
export function formatLocation(language: UiLanguage, code: string): string {
  try {
    return localeInfo(language).regions.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
