// The README's tables of <license-manager>'s public surface are the ones custom-elements.json gives, and that
// manifest documents every --lm-* custom property the styles read, every part the templates name, and exactly the
// public events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiTables, elementIn, tablesIn, type Manifest } from '../../src/components/tools/api-tables.js';
import { PUBLIC_EVENT_NAMES } from '../../src/components/public-events.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function freshManifest(): Manifest {
  const outdir = mkdtempSync(join(tmpdir(), 'lm-cem-'));
  try {
    const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    const run = spawnSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, outdir), '--quiet'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, `the analyzer failed: ${run.stderr}`);
    return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const manifest = freshManifest();
const element = elementIn(manifest);
const names = (key: 'cssProperties' | 'cssParts' | 'events'): string[] => (element[key] ?? []).map((entry) => entry.name);

function componentSources(): string[] {
  const dir = join(root, 'src/components');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.ts') && !name.startsWith('tools'))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

test('the README tables are the ones custom-elements.json gives', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.equal(tablesIn(readme), apiTables(manifest), 'run `npm run build`, then `node --import tsx src/components/tools/api-tables.ts write`');
});

test('every --lm-* custom property the styles read is documented', () => {
  const used = new Set(componentSources().flatMap((text) => [...text.matchAll(/var\((--lm-[a-z0-9-]+)/g)].map((match) => match[1]!)));
  assert.ok(used.size > 10, 'the styles read the public custom properties');
  assert.deepEqual([...used].filter((name) => !names('cssProperties').includes(name)), []);
  assert.deepEqual(names('cssProperties').filter((name) => !used.has(name)), [], 'documented but read by no style');
});

test('every part a template names is documented', () => {
  const used = new Set(componentSources().flatMap((text) => [...text.matchAll(/\spart="([^"$]+)"/g)].flatMap((match) => match[1]!.split(/\s+/))));
  assert.ok(used.has('base'));
  assert.deepEqual([...used].filter((name) => !names('cssParts').includes(name)), []);
  assert.deepEqual(names('cssParts').filter((name) => !used.has(name)), [], 'documented but on no element');
});

test('the manifest lists exactly the public events, each with its class', () => {
  assert.deepEqual(names('events').sort(), [...PUBLIC_EVENT_NAMES].sort());
  for (const event of element.events ?? []) assert.match(event.type?.text ?? '', /^Lm[A-Za-z]+Event$/, event.name);
});
