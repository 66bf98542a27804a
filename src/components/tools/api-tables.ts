/**
 * The README's tables of `<license-manager>`'s public surface (attributes, properties, events, parts, custom
 * properties), made from custom-elements.json, which `npm run build` writes with @custom-elements-manifest/analyzer
 * from the JSDoc in license-manager.ts. The tables sit between two markers in README.md.
 *
 *   node --import tsx src/components/tools/api-tables.ts write    put the tables from custom-elements.json in README.md
 *   node --import tsx src/components/tools/api-tables.ts check    fail when README.md's tables differ
 *
 * test/node/api-tables.test.ts runs the analyzer afresh and fails when the README's tables differ from it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BEGIN = '<!-- api-tables: made from custom-elements.json by `node --import tsx src/components/tools/api-tables.ts write` -->';
export const END = '<!-- /api-tables -->';

interface Described {
  readonly name: string;
  readonly description?: string;
  readonly type?: { readonly text: string };
}

interface Attribute extends Described {
  readonly fieldName?: string;
}

interface Member extends Described {
  readonly kind: string;
  readonly privacy?: string;
  readonly static?: boolean;
}

export interface Declaration {
  readonly tagName?: string;
  readonly attributes?: readonly Attribute[];
  readonly members?: readonly Member[];
  readonly events?: readonly Described[];
  readonly cssParts?: readonly Described[];
  readonly cssProperties?: readonly Described[];
}

export interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly Declaration[] }[];
}

const cell = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim().replaceAll('|', '\\|');
const code = (text: string | undefined): string => (text ? `\`${cell(text)}\`` : '');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The declaration of the element with this tag. */
export function elementIn(manifest: Manifest, tagName = 'license-manager'): Declaration {
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);
  if (!element) throw new Error(`custom-elements.json has no <${tagName}>`);
  return element;
}

/** The tables for one element, in markdown. */
export function apiTables(manifest: Manifest, tagName = 'license-manager'): string {
  const element = elementIn(manifest, tagName);
  const attributes = element.attributes ?? [];
  const withAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
  const properties = (element.members ?? []).filter(
    (member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static && !withAttribute.has(member.name),
  );
  return [
    'Attributes (each also a property of the same meaning):',
    '',
    table(['attribute', 'property', 'type', 'meaning'], attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), cell(a.description)])),
    '',
    'Properties only:',
    '',
    table(['property', 'type', 'meaning'], properties.map((p) => [code(`.${p.name}`), code(p.type?.text), cell(p.description)])),
    '',
    'Events (bubbling, composed; each its own class, exported by `license-manager.js`, with a typed `detail`):',
    '',
    table(['event', 'class', 'meaning'], (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)])),
    '',
    'Parts, for `license-manager::part(name)`:',
    '',
    table(['part', 'what it is'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    '',
    'Custom properties, set on `license-manager` or any ancestor:',
    '',
    table(['custom property', 'what it sets'], (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)])),
  ].join('\n');
}

/** The README's text between the markers (trimmed); throws when a marker is missing. */
export function tablesIn(readme: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`README.md has no "${BEGIN}" … "${END}" section`);
  return readme.slice(begin + BEGIN.length, end).trim();
}

export function withTables(readme: string, tables: string): string {
  tablesIn(readme);
  return `${readme.slice(0, readme.indexOf(BEGIN) + BEGIN.length)}\n\n${tables}\n\n${readme.slice(readme.indexOf(END))}`;
}

function main(command: string | undefined): void {
  const readmePath = fileURLToPath(new URL('../../../README.md', import.meta.url));
  const manifestPath = fileURLToPath(new URL('../../../custom-elements.json', import.meta.url));
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const readme = readFileSync(readmePath, 'utf8');
  const tables = apiTables(manifest);
  if (command === 'write') {
    writeFileSync(readmePath, withTables(readme, tables));
  } else if (command === 'check') {
    if (tablesIn(readme) !== tables) {
      console.error('README.md: the tables differ from custom-elements.json; run `node --import tsx src/components/tools/api-tables.ts write`.');
      process.exitCode = 1;
    }
  } else {
    console.error('usage: api-tables.ts write|check');
    process.exitCode = 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv[2]);
