/** The built extension folders (after `npm run build`): both manifests and every file they name. */
import { describe, it } from 'node:test';
import { checkBuiltFolder, checkChrome, checkFirefox } from './extension-support/manifest-checks.js';

describe('built extension', () => {
  it('dist/extension: the Chrome manifest and its files', () => {
    checkChrome(checkBuiltFolder('extension'));
  });

  it('dist/extension-firefox: the Firefox manifest and its files', () => {
    checkFirefox(checkBuiltFolder('extension-firefox'));
  });
});
