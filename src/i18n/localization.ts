/**
 * The UI language: which languages the widget speaks, how one is chosen, and the runtime switch.
 *
 * English is the source language (the strings in `msg()` calls); Swedish comes from the `generated/sv.ts` that
 * `npx lit-localize build --config src/i18n/lit-localize.json` builds from `xliff/sv.xlf`, keyed by short id prefixes
 * and split in two (`node --import tsx src/i18n/tools/translations.ts compact`): `generated/sv-compact.ts`, what the
 * widget's entry shows, loads with the language; `generated/sv-later.ts`, the lazily loaded parts' words, loads
 * with those parts (`loadLaterStrings`). Templates are looked up when `msg()` runs, so later ones can be added.
 *
 * @lit/localize keeps one active locale per copy of the library, so two `<license-manager>` elements bundled
 * together share the UI language; the last `setUiLanguage()` wins. Intl formatting (`format.ts`) is per call.
 */
import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';

export type UiLanguage = 'en' | 'sv';

/** The UI language with the Intl objects made once for it (sorting names, formatting counts). */
export interface LocaleInfo {
  /** The UI language, "en" or "sv". */
  readonly language: UiLanguage;
  readonly collator: Intl.Collator;
  readonly numbers: Intl.NumberFormat;
}

export const sourceLanguage: UiLanguage = 'en';
export const uiLanguages: readonly UiLanguage[] = ['en', 'sv'];

/**
 * The UI language for a BCP 47 tag: any Swedish ("sv", "sv-SE", "sv-FI", "SV_se") is Swedish, anything else
 * (including an empty or malformed tag) is English.
 */
export function supportedLanguage(tag: string | null | undefined): UiLanguage {
  return primarySubtag(tag) === 'sv' ? 'sv' : 'en';
}

/**
 * Chooses the UI language. The first source that says anything decides: the `lang` attribute on
 * `<license-manager>`, then the page's language, then the browser's preferred languages (the first one the widget
 * speaks, so "de-DE, sv-SE" gives Swedish). A host or page in a language the widget does not speak gets English
 * rather than a guess from the browser: the page author said what language surrounds the widget.
 */
export function resolveUiLanguage(hostLang: string | null, documentLang: string | null, navigatorLanguages: readonly string[]): UiLanguage {
  for (const declared of [hostLang, documentLang]) {
    if (primarySubtag(declared) !== null) return supportedLanguage(declared);
  }
  for (const preferred of navigatorLanguages) {
    const language = primarySubtag(preferred);
    if (language === 'sv' || language === 'en') return language;
  }
  return sourceLanguage;
}

/**
 * `resolveUiLanguage` read from the DOM around `host`: its own `lang`, the nearest ancestor's `lang` (the
 * document's when no ancestor sets one) and `navigator.languages`.
 */
export function uiLanguageOf(host: Element): UiLanguage {
  const around = host.parentElement?.closest('[lang]') ?? host.ownerDocument.documentElement;
  const navigatorLanguages = typeof navigator === 'undefined' ? [] : navigator.languages;
  return resolveUiLanguage(host.getAttribute('lang'), around.getAttribute('lang'), navigatorLanguages);
}

let runtime: ReturnType<typeof configureLocalization> | null = null;

function localization(): ReturnType<typeof configureLocalization> {
  // configureLocalization throws when called twice; several roots (and tests) share this module.
  runtime ??= configureLocalization({
    sourceLocale: sourceLanguage,
    targetLocales: uiLanguages.filter((language) => language !== sourceLanguage),
    loadLocale: loadTranslations,
  });
  return runtime;
}

type Templates = LocaleModule['templates'];

/** More Swedish templates, keyed like sv-compact's: the extension's pages add their own words (sv-extension.ts). */
let moreSwedish: (() => Promise<Templates>) | null = null;

/**
 * Adds templates to the widget's Swedish ones, for a bundle with words of its own (the extension's pages). Call it
 * before the first switch to Swedish: a language is loaded once.
 */
export function addSwedishTemplates(load: () => Promise<Templates>): void {
  moreSwedish = load;
}

/** The Swedish templates loaded so far, by id prefix (the first-render ones, then the later ones). */
const swedish = new Map<string, Templates[string]>();
let laterSwedish: Promise<void> | null = null;

function addTemplates(templates: Templates): void {
  for (const [prefix, template] of Object.entries(templates)) swedish.set(prefix, template);
}

async function loadTranslations(locale: string): Promise<LocaleModule> {
  if (locale !== 'sv') throw new Error(`No translations for UI language "${locale}"`);
  const [widget, more] = await Promise.all([import('./generated/sv-compact.js'), moreSwedish?.() ?? {}]);
  addTemplates({ ...widget.templates, ...more });
  return lookedUpByIdPrefix(widget.idPrefixLength);
}

/**
 * Loads the words of the widget's lazily loaded parts in `language` (nothing for English), once; a load that failed
 * is tried again by the next call. A part waits for them before it shows, so it never flashes English.
 */
export function loadLaterStrings(language: UiLanguage): Promise<void> {
  if (language === sourceLanguage) return Promise.resolve();
  laterSwedish ??= import('./generated/sv-later.js').then(
    (later) => addTemplates(later.templates),
    (error: unknown) => {
      laterSwedish = null;
      throw error;
    },
  );
  return laterSwedish;
}

/** @lit/localize asks for a template by its whole id; the compact modules key them by the id's first characters. */
function lookedUpByIdPrefix(idPrefixLength: number): LocaleModule {
  const templates: Templates = {};
  return {
    templates: new Proxy(templates, {
      get: (_target, id) => (typeof id === 'string' ? swedish.get(id.slice(0, idPrefixLength)) : undefined),
    }),
  };
}

/** Overlapping switches: the last call's number, and the switch it started. */
let switchCalls = 0;
let latestSwitch: Promise<void> = Promise.resolve();

/** Which of a language's strings a switch loads before it is in use. */
export type StringsNeeded = 'all' | 'first-render';

/**
 * Switches the UI language at runtime. Elements decorated with `@localized()` re-render in place (their state is
 * kept); the promise settles once the new strings are in use. When calls overlap, the last one wins and every
 * pending promise settles with it. Switching to the current language is a no-op. `first-render` leaves the lazily
 * loaded parts' words to `loadLaterStrings` (the widget's root, before any part has loaded).
 */
export async function setUiLanguage(language: UiLanguage, strings: StringsNeeded = 'all'): Promise<void> {
  const runtime = localization();
  const call = ++switchCalls;
  try {
    // Every string in before the switch: the parts already on screen re-render once, in the new language.
    if (strings === 'all') await loadLaterStrings(language);
    if (call !== switchCalls) return await latestSwitch;
    latestSwitch = runtime.setLocale(language);
    await latestSwitch;
  } catch (error) {
    // The translations are chunks beside the widget and may fail to load. @lit/localize then keeps answering the
    // same rejected promise for that language; going back to the source language lets the next call load again.
    if (runtime.getLocale() === sourceLanguage) await runtime.setLocale(sourceLanguage);
    throw error;
  }
}

/** The language `msg()` currently answers in. */
export function currentUiLanguage(): UiLanguage {
  return runtime === null ? sourceLanguage : supportedLanguage(runtime.getLocale());
}

function primarySubtag(tag: string | null | undefined): string | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return /^[a-z]{2,3}$/u.test(primary) ? primary : null;
}
