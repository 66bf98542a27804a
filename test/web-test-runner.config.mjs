// Browser tests: real Chromium (Debian's headless shell, or /usr/bin/chromium), real DOM and IndexedDB.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countingReporter } from './support/counting-reporter.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { mediaFeaturesPlugin } from './a11y/support/media-features-plugin.mjs';
import { screenshotPlugin } from './a11y/support/screenshot-plugin.mjs';
import { axFullSnapshotPlugin } from './a11y/support/ax-full-plugin.mjs';

/**
 * Source imports of .json files (the product catalog) become JS modules, as the bundler and tsx make them; JSON a
 * test fetches stays JSON.
 */
function jsonModulePlugin() {
  const isImported = (context) => context.path.endsWith('.json') && context.request.get('sec-fetch-dest') === 'script';
  return {
    name: 'json-module',
    resolveMimeType(context) {
      if (isImported(context)) return 'js';
    },
    transform(context) {
      if (isImported(context)) return { body: `export default ${context.body};` };
    },
  };
}

/** Test folders that run in the browser; test/server, test/node, test/core, test/e2e and test/firefox run in Node. */
const NODE_FOLDERS = new Set(['server', 'node', 'core', 'e2e', 'firefox']);
const testRoot = fileURLToPath(new URL('.', import.meta.url));
const BROWSER_FOLDERS = readdirSync(testRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !NODE_FOLDERS.has(entry.name))
  .filter((entry) => readdirSync(join(testRoot, entry.name), { recursive: true }).some((name) => String(name).endsWith('.test.ts')))
  .map((entry) => entry.name)
  .sort();
// With groups and a default file list both set, the runner would run each file twice: groups only when focusing.
const focusing = process.argv.includes('--group');

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  // `--group <folder>` runs one folder alone (e.g. `npx web-test-runner --config test/web-test-runner.config.mjs
  // --group session`); otherwise every browser folder runs, once.
  files: focusing ? undefined : BROWSER_FOLDERS.map((folder) => `test/${folder}/**/*.test.ts`),
  groups: focusing ? BROWSER_FOLDERS.map((folder) => ({ name: folder, files: `test/${folder}/**/*.test.ts` })) : [],
  nodeResolve: { exportConditions: ['production', 'default'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }), jsonModulePlugin(), mediaFeaturesPlugin(), screenshotPlugin(), axFullSnapshotPlugin(), a11ySnapshotPlugin()],
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        // npm test passes the page browser it chose (test/run-all.mjs); run alone, the same choice: the headless
        // shell when installed, else Chromium.
        executablePath: process.env.CHROME_PATH || [process.env.HEADLESS_SHELL_PATH || '/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)),
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
