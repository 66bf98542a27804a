// The layering rules of the architecture, checked mechanically: each folder may import only what its layer allows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(dir, name));
}

/** Import specifiers of a file, relative ones resolved to repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((match) => match[1] ?? match[2] ?? '');
  return specifiers.map((spec) => (spec.startsWith('.') ? relative(root, resolve(root, dirname(file), spec)) : spec));
}

interface Rule {
  readonly folder: string;
  readonly forbidden: readonly RegExp[];
  readonly except?: readonly string[];
}

const rules: readonly Rule[] = [
  { folder: 'src/core', forbidden: [/^lit/, /^@lit/, /^idb/, /^webextension-polyfill/, /^src\/(?!core\/)/] },
  { folder: 'src/backend', forbidden: [/^lit/, /^@lit/, /^idb/, /^webextension-polyfill/, /^src\/(store|components|session)\//] },
  { folder: 'src/store', forbidden: [/^lit/, /^@lit/, /^webextension-polyfill/, /^src\/(backend|components|session)\//] },
  { folder: 'src/session', forbidden: [/^lit/, /^@lit/, /^idb/, /^webextension-polyfill/, /^src\/components\//, /^src\/store\/(?!store\.js)/] },
  {
    folder: 'src/components',
    forbidden: [/^idb/, /^webextension-polyfill/, /^src\/store\/(?!store\.js)/, /^src\/backend\/(?!backend\.js)/, /^src\/session\/(?!view-state\.js)/],
    // The root owns the session: it is the one component allowed to create it and the backend.
    except: ['src/components/license-manager/'],
  },
  { folder: 'widget', forbidden: [/^webextension-polyfill/] },
];

for (const rule of rules) {
  test(`${rule.folder} imports only what its layer allows`, () => {
    const offences: string[] = [];
    for (const file of sourceFiles(rule.folder)) {
      if (rule.except?.some((prefix) => file.startsWith(prefix))) continue;
      for (const spec of importsOf(file)) {
        if (rule.forbidden.some((pattern) => pattern.test(spec))) offences.push(`${file} imports ${spec}`);
      }
    }
    assert.deepEqual(offences, []);
  });
}

test('webextension-polyfill is imported only by extension/platform/browser.ts', () => {
  const offences = ['src', 'widget', 'extension']
    .flatMap((dir) => sourceFiles(dir))
    .filter((file) => file !== join('extension', 'platform', 'browser.ts'))
    .filter((file) => importsOf(file).includes('webextension-polyfill'));
  assert.deepEqual(offences, []);
});
