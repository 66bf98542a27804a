/**
 * Mozilla's own linter (`web-ext lint`, the checks addons.mozilla.org runs) on the built dist/extension-firefox:
 * any error fails; every warning is listed, and one that is not explained (in rollup.config.mjs, next to the build
 * step that causes it) fails too, so a new warning is either fixed or explained.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIREFOX_EXTENSION_DIR } from './support/firefox-browser.js';

const webExt = fileURLToPath(new URL('../../node_modules/web-ext/bin/web-ext.js', import.meta.url));

/** Warnings explained in rollup.config.mjs, by code and file. */
const EXPLAINED: readonly { readonly code: string; readonly file: string }[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'sidepanel/sidepanel.js' },
];

interface Finding {
  readonly code: string;
  readonly file: string;
  readonly message: string;
}

function findings(value: unknown, kind: string): Finding[] {
  assert.ok(Array.isArray(value), `web-ext lint lists ${kind}`);
  return value.map((item: unknown) => {
    assert.ok(typeof item === 'object' && item !== null && 'code' in item && 'message' in item, `a ${kind} entry has a code and a message`);
    const file = 'file' in item && typeof item.file === 'string' ? item.file : '';
    return { code: String(item.code), file, message: String(item.message) };
  });
}

describe('web-ext lint', () => {
  it('finds no error in dist/extension-firefox and no warning that is not explained', (t) => {
    assert.ok(existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`), 'dist/extension-firefox is built (npm run build)');
    const run = spawnSync(process.execPath, [webExt, 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      timeout: 120_000,
    });
    const report: unknown = JSON.parse(run.stdout);
    assert.ok(typeof report === 'object' && report !== null && 'errors' in report && 'warnings' in report && 'notices' in report, `a lint report: ${run.stdout}${run.stderr}`);
    const errors = findings(report.errors, 'errors');
    const warnings = findings(report.warnings, 'warnings');
    for (const warning of [...warnings, ...findings(report.notices, 'notices')]) t.diagnostic(`${warning.code} ${warning.file}: ${warning.message}`);
    assert.deepEqual(errors, [], 'no lint errors');
    const unexplained = warnings.filter((warning) => !EXPLAINED.some((known) => known.code === warning.code && known.file === warning.file));
    assert.deepEqual(unexplained, [], 'every warning is fixed or explained in rollup.config.mjs');
  });
});
