/**
 * The words of an extension page's own HTML: each element with `data-words="key"` gets its text from the page's
 * words (made with msg() in the UI language), so options.html and sidepanel.html hold structure, not English.
 */
import { addSwedishTemplates, setUiLanguage, supportedLanguage, type UiLanguage } from '../src/i18n/localization.js';

/** Sets the text of every `[data-words]` element under `root` (the document's title too). */
export function applyWords(root: ParentNode, words: Readonly<Record<string, string>>): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-words]')) {
    const key = element.dataset['words'] ?? '';
    const text = words[key];
    if (text === undefined) throw new Error(`The page has no words for "${key}".`);
    element.textContent = text;
  }
}

/**
 * Puts the page into `browserLanguage` (the browser's UI language) before any of its words are made: msg() answers
 * in the language active when it is called.
 */
export async function usePageLanguage(browserLanguage: string): Promise<UiLanguage> {
  const language = supportedLanguage(browserLanguage);
  // The extension's own words are not in the widget's Swedish module: they come with the page's bundle.
  addSwedishTemplates(() => import('../src/i18n/generated/sv-extension.js').then((module) => module.templates));
  await setUiLanguage(language);
  document.documentElement.lang = language;
  return language;
}
