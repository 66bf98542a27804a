/**
 * One lit-localize localizer over the project's sources, configured to write into a temp dir (the repo is untouched).
 * Analysing the sources is most of an i18n test's time: the i18n test files share this one when they run in one
 * process (`npm test`), and the temp dir goes when the process exits.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localizerFor, type WidgetLocalizer } from '../../src/i18n/tools/widget-messages.js';

export const i18nDir = fileURLToPath(new URL('../../src/i18n', import.meta.url));

interface LocalizeConfig {
  readonly tsConfig: string;
  readonly inputFiles: readonly string[];
  readonly output: Record<string, unknown>;
  readonly interchange: Record<string, unknown>;
}

export interface ScratchLocalizer {
  readonly localizer: WidgetLocalizer;
  /** The temp dir: xliff/sv.xlf (a copy of the committed one) and generated/, where the localizer writes. */
  readonly work: string;
}

let shared: ScratchLocalizer | null = null;

export function scratchLocalizer(): ScratchLocalizer {
  if (shared) return shared;
  const work = mkdtempSync(join(tmpdir(), 'lm-i18n-'));
  process.once('exit', () => rmSync(work, { recursive: true, force: true }));
  const real = JSON.parse(readFileSync(join(i18nDir, 'lit-localize.json'), 'utf8')) as LocalizeConfig;
  const absolute = (path: string): string => (path.startsWith('!') ? `!${resolve(i18nDir, path.slice(1))}` : resolve(i18nDir, path));
  mkdirSync(join(work, 'xliff'));
  copyFileSync(join(i18nDir, 'xliff/sv.xlf'), join(work, 'xliff/sv.xlf'));
  const config = {
    ...real,
    tsConfig: resolve(i18nDir, real.tsConfig),
    inputFiles: real.inputFiles.map(absolute),
    output: { ...real.output, outputDir: join(work, 'generated') },
    interchange: { ...real.interchange, xliffDir: join(work, 'xliff') },
  };
  const configPath = join(work, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(config));
  shared = { localizer: localizerFor(configPath), work };
  return shared;
}
