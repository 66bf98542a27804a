/**
 * The extension manifests without a build: the Chrome source (MV3, side panel, least privilege) and its Firefox
 * rewrite (sidebar_action, background scripts, gecko id, no sidePanel). The built folders are checked in
 * test/e2e/extension-build.test.ts, after `npm run build`. Together they stand in for `web-ext lint`.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { firefoxManifest } from '../../extension/firefox-manifest.mjs';
import { checkChrome, checkFirefox, readManifest, root } from '../e2e/extension-support/manifest-checks.js';

const source = readManifest('manifest.json');

describe('Chrome manifest (source)', () => {
  it('is MV3 with the side panel, a module service worker, options in a tab and only sidePanel and storage', () => {
    checkChrome(source);
  });

  it('names icons that exist as real PNGs', () => {
    for (const size of ['16', '48', '128']) {
      const png = readFileSync(`${root}extension/icons/icon-${size}.png`);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `icon-${size} is a PNG`);
      assert.equal(png.readUInt32BE(16), Number(size), `icon-${size} is ${size} wide`);
      assert.equal(png.readUInt32BE(20), Number(size), `icon-${size} is ${size} high`);
    }
  });
});

describe('Firefox manifest (rewrite)', () => {
  it('has sidebar_action, background scripts, a gecko id and no sidePanel permission', () => {
    checkFirefox(firefoxManifest(source));
  });

  it('fails the check when a Chrome-only piece is left in', () => {
    const leftover = { ...firefoxManifest(source), permissions: ['sidePanel', 'storage'] };
    assert.throws(() => checkFirefox(leftover));
  });
});
