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

const IMPORT_FORMS = [
  /(?:^|\n)\s*(?:import|export)[^'";]*?from\s*['"]([^'"]+)['"]/g, // import x from, import type, export … from
  /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g, // side-effect import
  /import\(\s*['"]([^'"]+)['"]\s*\)/g, // dynamic import
];

/** Import specifiers in a source text, relative ones resolved to repository paths as if the text were `file`. */
function specifiersIn(text: string, file: string): string[] {
  return IMPORT_FORMS.flatMap((form) => [...text.matchAll(form)].map((match) => match[1] ?? ''))
    .map((spec) => (spec.startsWith('.') ? relative(root, resolve(root, dirname(file), spec)) : spec));
}

function importsOf(file: string): string[] {
  return specifiersIn(readFileSync(join(root, file), 'utf8'), file);
}

interface Rule {
  readonly folder: string;
  readonly forbidden: readonly RegExp[];
  readonly except?: readonly string[];
}

const rules: readonly Rule[] = [
  { folder: 'src/core', forbidden: [/^lit/, /^@lit/, /^idb/, /^webextension-polyfill/, /^node:/, /^src\/(?!core\/)/] },
  { folder: 'src/backend', forbidden: [/^lit/, /^@lit/, /^idb/, /^webextension-polyfill/, /^node:/, /^src\/(store|components|session|i18n)\//] },
  { folder: 'src/store', forbidden: [/^lit/, /^@lit/, /^webextension-polyfill/, /^node:/, /^src\/(backend|components|session|i18n)\//] },
  {
    folder: 'src/session',
    forbidden: [/^lit/, /^@lit/, /^idb/, /^webextension-polyfill/, /^node:/, /^src\/(components|i18n)\//, /^src\/store\/(?!store\.js)/],
  },
  {
    folder: 'src/components',
    forbidden: [/^idb/, /^webextension-polyfill/, /^node:/, /^src\/store\/(?!store\.js)/, /^src\/backend\/(?!backend\.js)/, /^src\/session\/(?!view-state\.js)/],
    // The root owns the session: it is the one component allowed to create it and the backend. The README's API
    // tables tool runs in Node.
    except: ['src/components/license-manager/', 'src/components/tools/'],
  },
  {
    // Words and formats for what the session decided: no rendering, no I/O. Only the build tools run in Node.
    folder: 'src/i18n',
    forbidden: [/^lit($|\/)/, /^@lit\/(?!localize$)/, /^idb/, /^webextension-polyfill/, /^node:/, /^src\/(backend|store|components)\//, /^src\/session\/(?!view-state\.js)/],
    except: ['src/i18n/tools/'],
  },
  {
    // The sign-in protocol (oauth4webapi): browser-safe, no DOM-bound library, no storage of its own (the host's).
    folder: 'src/sign-in',
    forbidden: [/^lit/, /^@lit/, /^idb/, /^webextension-polyfill/, /^node:/, /^src\/(store|components|session|i18n)\//, /^src\/backend\/(?!backend\.js)/],
  },
  { folder: 'widget', forbidden: [/^webextension-polyfill/, /^node:/] },
];

test('every folder under src/ has a layering rule', () => {
  const folders = readdirSync(join(root, 'src'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `src/${entry.name}`);
  assert.deepEqual(folders.filter((folder) => !rules.some((rule) => rule.folder === folder)), []);
});

test('the import scanner sees every form of import', () => {
  const text = [
    "import { a } from './a.js';",
    "import type { B } from '../b.js';",
    "export { c } from 'c-package';",
    "import './side-effect.js';",
    "const d = await import('./d.js');",
  ].join('\n');
  assert.deepEqual(specifiersIn(text, 'src/x/file.ts').sort(), ['c-package', 'src/b.js', 'src/x/a.js', 'src/x/d.js', 'src/x/side-effect.js']);
});

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
