/**
 * Translator's helper for src/i18n/xliff/sv.xlf (run after `lit-localize extract`):
 *   node --import tsx src/i18n/tools/translations.ts missing            untranslated messages as JSON {id: source}
 *   node --import tsx src/i18n/tools/translations.ts apply <file.json>  write {id: target} into the XLIFF
 *   node --import tsx src/i18n/tools/translations.ts compact            write generated/sv-compact.ts,
 *                                                                      sv-later.ts and sv-extension.ts from sv.ts
 * Placeholders are `{N}` in both. Then `lit-localize build` regenerates src/i18n/generated/sv.ts, and `compact`
 * makes from it the sv-compact.ts the widget's first render uses, the sv-later.ts its lazily loaded parts add, and
 * the sv-extension.ts the extension's pages add.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactTemplates } from './compact-templates.js';
import { entryModules } from './entry-modules.js';
import { localizerFor, widgetIdsOf } from './widget-messages.js';
import { fillTargets, readUnits } from './xliff.js';

const xliffPath = fileURLToPath(new URL('../xliff/sv.xlf', import.meta.url));
const generatedPath = fileURLToPath(new URL('../generated/sv.ts', import.meta.url));
const compactPath = fileURLToPath(new URL('../generated/sv-compact.ts', import.meta.url));
const laterPath = fileURLToPath(new URL('../generated/sv-later.ts', import.meta.url));
const extensionPath = fileURLToPath(new URL('../generated/sv-extension.ts', import.meta.url));
const widgetEntryPath = fileURLToPath(new URL('../../../widget/license-manager.ts', import.meta.url));
const configPath = fileURLToPath(new URL('../lit-localize.json', import.meta.url));

function main(args: readonly string[]): number {
  const [command, file] = args;
  if (command === 'compact') {
    const localizer = localizerFor(configPath);
    const widgetIds = widgetIdsOf(localizer.extractSourceMessages().messages);
    const compact = compactTemplates(readFileSync(generatedPath, 'utf8'), widgetIds, localizer.messageIdsIn(entryModules(widgetEntryPath)));
    writeFileSync(compactPath, compact.source);
    writeFileSync(laterPath, compact.laterSource);
    writeFileSync(extensionPath, compact.extensionSource);
    process.stdout.write(`Wrote ${compactPath}, ${laterPath} and ${extensionPath} (ids cut to ${compact.idPrefixLength} characters)\n`);
    return 0;
  }
  const xliff = readFileSync(xliffPath, 'utf8');
  if (command === 'missing') {
    const missing = Object.fromEntries(readUnits(xliff).filter((unit) => unit.target === null).map((unit) => [unit.id, unit.source]));
    process.stdout.write(`${JSON.stringify(missing, null, 2)}\n`);
    return 0;
  }
  if (command === 'apply' && file !== undefined) {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file}: expected a JSON object {id: target}`);
    const targets = new Map<string, string>();
    for (const [id, target] of Object.entries(parsed)) {
      if (typeof target !== 'string') throw new Error(`${file}: the target of ${id} is not a string`);
      targets.set(id, target);
    }
    writeFileSync(xliffPath, fillTargets(xliff, targets));
    process.stdout.write(`Wrote ${targets.size} translations to ${xliffPath}\n`);
    return 0;
  }
  process.stderr.write('Usage: translations.ts missing | apply <file.json> | compact\n');
  return 2;
}

process.exitCode = main(process.argv.slice(2));
