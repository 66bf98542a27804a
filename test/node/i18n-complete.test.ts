// Every message in the source has a Swedish translation, and the shipped src/i18n/generated/sv.ts is what
// `lit-localize build` makes from the committed XLIFF. Runs the real extractor and builder into a temp dir (the repo
// is untouched), in this process with one localizer, so the sources are analysed once rather than once per command.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactTemplates } from '../../src/i18n/tools/compact-templates.js';
import { entryModules } from '../../src/i18n/tools/entry-modules.js';
import { widgetIdsOf } from '../../src/i18n/tools/widget-messages.js';
import { placeholdersIn, readUnits, type TranslationUnit } from '../../src/i18n/tools/xliff.js';
import { i18nDir as i18n, scratchLocalizer } from './i18n-scratch.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Sources that are correctly the same in Swedish (names, codes, punctuation only). */
const sameInSwedish = new Set<string>(['OK', 'Microsoft', 'E-post']);

let work = '';
let units: TranslationUnit[] = [];
/** The ids of the widget's own messages, from the same extraction. */
let widgetIds = new Set<string>();
/** The ids of the messages in the modules of the widget's entry file, from the same program. */
let firstRenderIds = new Set<string>();

describe('Swedish translations', () => {
  before(async () => {
    const scratch = scratchLocalizer();
    const { localizer } = scratch;
    work = scratch.work;
    // What `lit-localize extract` then `lit-localize build` do; the build reads the translations of the committed
    // XLIFF, as the command would after an extract (which keeps every target it had).
    await localizer.writeInterchangeFiles();
    units = readUnits(readFileSync(join(work, 'xliff/sv.xlf'), 'utf8'));
    widgetIds = widgetIdsOf(localizer.extractSourceMessages().messages);
    firstRenderIds = localizer.messageIdsIn(entryModules(join(root, 'widget/license-manager.ts')));
    await localizer.build();
  });

  it('extracts the messages of src/i18n and the components', () => {
    assert.ok(units.some((unit) => unit.source === "Couldn't use the browser's storage"), 'src/i18n/reasons.ts messages were not extracted');
    assert.ok(units.some((unit) => unit.source === 'Select all users on this page'), 'component messages were not extracted');
  });

  it('has a Swedish target for every message', () => {
    const missing = units.filter((unit) => unit.target === null || unit.target.trim() === '');
    assert.deepEqual(missing.map((unit) => `${unit.id}: ${unit.source}`), [], 'Untranslated; run extract, then translations.ts missing');
  });

  it('does not leave English text in the Swedish targets', () => {
    const leaked = units.filter((unit) => {
      const letters = unit.source.replace(/\{\d+\}/gu, '').replace(/[^\p{L}]/gu, '');
      return unit.target === unit.source && letters !== '' && !sameInSwedish.has(unit.source);
    });
    assert.deepEqual(leaked.map((unit) => `${unit.id}: ${unit.source}`), []);
  });

  it('keeps every placeholder of the source in the target', () => {
    const broken = units.filter((unit) => unit.target !== null
      && placeholdersIn(unit.target).sort().join(',') !== [...unit.placeholders].sort().join(','));
    assert.deepEqual(broken.map((unit) => `${unit.id}: ${unit.target ?? ''}`), []);
  });

  it('ships the generated sv.ts that `lit-localize build` makes from the XLIFF', () => {
    const built = readFileSync(join(work, 'generated/sv.ts'), 'utf8');
    const shipped = readFileSync(join(i18n, 'generated/sv.ts'), 'utf8');
    assert.equal(shipped, built, 'src/i18n/generated/sv.ts is stale: run `npx lit-localize build --config src/i18n/lit-localize.json`');
  });

  it('ships the sv-compact.ts and sv-later.ts (the widget\'s) and sv-extension.ts that `translations.ts compact` makes from sv.ts', () => {
    assert.ok(units.some((unit) => unit.source === 'Sign-in needed' && !widgetIds.has(unit.id)), 'the extension\'s own words are not the widget\'s');
    assert.ok(units.some((unit) => unit.source === 'Select all users on this page' && widgetIds.has(unit.id)), 'the widget\'s words are');
    assert.ok(units.some((unit) => unit.source === 'Select from a list' && !firstRenderIds.has(unit.id)), 'a lazily loaded part\'s words are not the first render\'s');
    assert.ok(units.some((unit) => unit.source === 'Manage licenses' && firstRenderIds.has(unit.id)), 'the users step\'s words are');
    const compact = compactTemplates(readFileSync(join(work, 'generated/sv.ts'), 'utf8'), widgetIds, firstRenderIds);
    const stale = 'is stale: run `node --import tsx src/i18n/tools/translations.ts compact`';
    assert.equal(readFileSync(join(i18n, 'generated/sv-compact.ts'), 'utf8'), compact.source, `src/i18n/generated/sv-compact.ts ${stale}`);
    assert.equal(readFileSync(join(i18n, 'generated/sv-later.ts'), 'utf8'), compact.laterSource, `src/i18n/generated/sv-later.ts ${stale}`);
    assert.equal(readFileSync(join(i18n, 'generated/sv-extension.ts'), 'utf8'), compact.extensionSource, `src/i18n/generated/sv-extension.ts ${stale}`);
  });

  it('keeps every extracted message apart by its id prefix, so the compact lookup is exact', () => {
    const { idPrefixLength } = compactTemplates(readFileSync(join(work, 'generated/sv.ts'), 'utf8'));
    const prefixes = new Map<string, string[]>();
    for (const unit of units) prefixes.set(unit.id.slice(0, idPrefixLength), [...(prefixes.get(unit.id.slice(0, idPrefixLength)) ?? []), unit.id]);
    assert.deepEqual([...prefixes.values()].filter((ids) => ids.length > 1), []);
  });
});
