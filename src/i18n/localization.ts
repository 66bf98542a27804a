/**
 * The UI language: which languages the widget speaks, how one is chosen, and the runtime switch.
 *
 * English is the source language (the strings in `msg()` calls); Swedish comes from `generated/sv-compact.ts`: the
 * `generated/sv.ts` that `npx lit-localize build --config src/i18n/lit-localize.json` builds from `xliff/sv.xlf`,
 * keyed by short id prefixes (`node --import tsx src/i18n/tools/translations.ts compact`).
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

async function loadTranslations(locale: string): Promise<LocaleModule> {
  if (locale !== 'sv') throw new Error(`No translations for UI language "${locale}"`);
  const [widget, more] = await Promise.all([import('./generated/sv-compact.js'), moreSwedish?.() ?? {}]);
  return lookedUpByIdPrefix(widget.idPrefixLength, { ...widget.templates, ...more });
}

/** @lit/localize asks for a template by its whole id; the compact modules key them by the id's first characters. */
function lookedUpByIdPrefix(idPrefixLength: number, templates: Templates): LocaleModule {
  const byPrefix = new Map(Object.entries(templates));
  return {
    templates: new Proxy(templates, {
      get: (_target, id) => (typeof id === 'string' ? byPrefix.get(id.slice(0, idPrefixLength)) : undefined),
    }),
  };
}

/**
 * Switches the UI language at runtime. Elements decorated with `@localized()` re-render in place (their state is
 * kept); the promise settles once the new strings are in use. When calls overlap, the last one wins and every
 * pending promise settles with it. Switching to the current language is a no-op.
 */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  const runtime = localization();
  try {
    await runtime.setLocale(language);
  } catch (error) {
    // The translations are a chunk beside the widget and may fail to load. @lit/localize then keeps answering the
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
