/** Checks shared by the manifest tests: the source and Firefox rewrite (Node stage) and the built folders (e2e stage). */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GECKO_ID, firefoxManifest } from '../../../extension/firefox-manifest.mjs';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export type Manifest = Record<string, unknown>;

export function record(value: unknown, what: string): Record<string, unknown> {
  assert.ok(typeof value === 'object' && value !== null && !Array.isArray(value), `${what} is an object`);
  return Object.fromEntries(Object.entries(value));
}

export function strings(value: unknown, what: string): string[] {
  assert.ok(Array.isArray(value) && value.every((item) => typeof item === 'string'), `${what} is a list of strings`);
  return value.map(String);
}

export function readManifest(path: string): Manifest {
  return record(JSON.parse(readFileSync(`${root}${path}`, 'utf8')), path);
}

export const HOSTS = [
  'https://login.microsoftonline.com/*',
  'https://partner.microsoft.com/*',
  'https://api.partnercenter.microsoft.com/*',
  'https://graph.microsoft.com/*',
  'http://127.0.0.1/*',
  'http://localhost/*',
];

/** What both browsers' manifests must say. */
export function checkCommon(manifest: Manifest): void {
  assert.equal(manifest['manifest_version'], 3);
  assert.equal(manifest['name'], 'License Manager');
  assert.deepEqual(strings(manifest['host_permissions'], 'host_permissions'), HOSTS);
  const options = record(manifest['options_ui'], 'options_ui');
  assert.equal(options['page'], 'options/options.html');
  assert.equal(options['open_in_tab'], true);
  const action = record(manifest['action'], 'action');
  assert.equal(action['default_title'], 'License Manager');
  assert.ok(!('content_security_policy' in manifest), 'the default CSP: no remote code, no eval');
  const permissions = strings(manifest['permissions'], 'permissions');
  for (const forbidden of ['tabs', '<all_urls>', 'webRequest', 'scripting', 'activeTab']) {
    assert.ok(!permissions.includes(forbidden), `no ${forbidden} permission`);
  }
  assert.ok(!('optional_permissions' in manifest) && !('externally_connectable' in manifest));
}

export function checkChrome(manifest: Manifest): void {
  checkCommon(manifest);
  assert.equal(record(manifest['side_panel'], 'side_panel')['default_path'], 'sidepanel/sidepanel.html');
  assert.deepEqual(record(manifest['background'], 'background'), { service_worker: 'background.js', type: 'module' });
  assert.deepEqual(strings(manifest['permissions'], 'permissions'), ['sidePanel', 'storage', 'identity']);
}

export function checkFirefox(manifest: Manifest): void {
  checkCommon(manifest);
  const sidebar = record(manifest['sidebar_action'], 'sidebar_action');
  assert.equal(sidebar['default_panel'], 'sidepanel/sidepanel.html');
  assert.equal(sidebar['default_title'], 'License Manager');
  assert.deepEqual(record(manifest['background'], 'background'), { scripts: ['background.js'], type: 'module' });
  assert.deepEqual(strings(manifest['permissions'], 'permissions'), ['storage', 'identity']);
  assert.ok(!('side_panel' in manifest), 'no side_panel');
  assert.ok(!('minimum_chrome_version' in manifest), 'no Chrome-only keys');
  const gecko = record(record(manifest['browser_specific_settings'], 'browser_specific_settings')['gecko'], 'gecko');
  assert.equal(gecko['id'], GECKO_ID);
  assert.match(String(gecko['strict_min_version']), /^\d+\.\d+$/);
}

/** A built folder: its manifest, every file the manifest names, the entry bundles, no inline or remote script. */
export function checkBuiltFolder(dir: 'extension' | 'extension-firefox'): Manifest {
  const source = readManifest('manifest.json');
  const manifest = readManifest(`dist/${dir}/manifest.json`);
  assert.deepEqual(manifest, dir === 'extension' ? source : firefoxManifest(source));
  const files = [
    ...Object.values(record(manifest['icons'], 'icons')).map(String),
    'background.js', 'sidepanel/sidepanel.html', 'sidepanel/sidepanel.js', 'options/options.html', 'options/options.js',
  ];
  for (const file of files) assert.ok(existsSync(`${root}dist/${dir}/${file}`), `${dir}/${file} is built`);
  for (const page of ['sidepanel/sidepanel.html', 'options/options.html']) {
    const html = readFileSync(`${root}dist/${dir}/${page}`, 'utf8');
    assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), `no inline script in ${page}`);
    assert.ok(!/src="(https?:)?\/\//.test(html), `no remote script in ${page}`);
  }
  for (const bundle of ['background.js', 'sidepanel/sidepanel.js', 'options/options.js']) {
    const code = readFileSync(`${root}dist/${dir}/${bundle}`, 'utf8');
    assert.ok(!/\beval\(|new Function\(/.test(code), `no eval in ${bundle}`);
    assert.ok(!/import\s*\(?\s*["']https?:/.test(code), `no remote import in ${bundle}`);
  }
  return manifest;
}
