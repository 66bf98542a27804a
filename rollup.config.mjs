// Builds dist/widget/ (the entry license-manager.js, the chunks it loads on demand from beside itself, and the demo
// page), dist/extension/ (Chrome MV3, unpacked) and dist/extension-firefox/ (same code, manifest rewritten for Firefox).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild, { minify as esbuildMinify } from 'rollup-plugin-esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firefoxManifest } from './extension/firefox-manifest.mjs';

/**
 * `minifier`: terser for the widget, whose every byte a host page downloads (its size budget is measured after
 * terser); esbuild's for the extension, which the browser reads from disk: 1% larger (side panel 339 → 342 KB) in a
 * fraction of terser's time.
 */
const plugins = (minifier = 'terser') => [
  nodeResolve({ exportConditions: ['production', 'default'], browser: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
  // Markup and styles inside Lit's html`` and css`` lose their indentation (html-minifier-next, lightningcss).
  // Whitespace is collapsed to one space, never removed: a template is a fragment, and the space in
  // `<span> ${note}</span>` is text the admin sees. A template it cannot minify safely fails the build.
  minifyHtmlLiterals({
    filter: (id) => !id.includes('/node_modules/'),
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true } },
  }),
  minifier === 'terser'
    ? terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })
    : esbuildMinify({ target: 'es2022', legalComments: 'none' }),
];

function failOnWarnings(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') throw new Error(warning.message);
  // webextension-polyfill is a UMD script imported for its effect; its top-level `this` fallback is never reached.
  if (warning.code === 'THIS_IS_UNDEFINED' && warning.id?.includes('webextension-polyfill')) return;
  warn(warning);
}

function copy(files) {
  return {
    name: 'copy-files',
    writeBundle() {
      for (const [from, to] of files) {
        if (!existsSync(from)) continue;
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(from, to);
      }
    },
  };
}

function reportSize(label) {
  return {
    name: 'report-size',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const bytes = Buffer.byteLength(chunk.code);
        const gzipped = gzipSync(chunk.code, { level: 9 }).length;
        console.log(`${label} ${chunk.fileName}: ${(bytes / 1024).toFixed(1)} KB minified, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
      }
    },
  };
}

function writeFirefoxManifest() {
  return {
    name: 'firefox-manifest',
    writeBundle() {
      const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
      mkdirSync('dist/extension-firefox', { recursive: true });
      writeFileSync('dist/extension-firefox/manifest.json', JSON.stringify(firefoxManifest(manifest), null, 2));
    },
  };
}

const bundle = (input, file, extra = [], external = [], minifier = 'terser') => ({
  input,
  external,
  output: { file, format: 'es', sourcemap: false, inlineDynamicImports: true },
  plugins: [...plugins(minifier), ...extra],
  onwarn: failOnWarnings,
});

/** What only the licenses step and after need: the pre-flight checks, the plan diff, the products view. */
const LICENSES_STEP = /\/src\/(core\/(validation|diff|rules|held-back|tri-state|product-state|review|catalog\/known-rules)|session\/(preflight|holders|review-view|licenses-view))\.ts$/;

/** Modules of the users list that the licenses step's modules import as well. */
const ENTRY_SHARED = /\/(widget\/license-manager|src\/core\/(plan|licenses|types)|src\/session\/(load-state|keep-identity|memo))\.ts$/;

/** The widget entry keeps its name; the chunks beside it are named by feature and content hash. */
export const widgetOutput = {
  dir: 'dist/widget',
  format: 'es',
  sourcemap: false,
  entryFileNames: 'license-manager.js',
  chunkFileNames: 'license-manager-[name]-[hash].js',
  // A chunk of a few hundred bytes costs a request and compresses badly: merge it into one that loads with it.
  experimentalMinChunkSize: 2000,
  // The checks before saving are shared by the licenses step, saving and the review. Left to themselves they are
  // small shared chunks that the merge above folds into the entry, which the users list then waits for.
  // A manual chunk takes along the dependencies no other chunk has claimed: the modules the users list needs too
  // are claimed for the entry (named like it), so they do not move out with the checks.
  manualChunks: (id) => {
    const path = id.replaceAll('\\', '/');
    if (ENTRY_SHARED.test(path)) return 'license-manager';
    return LICENSES_STEP.test(path) ? 'licenses-view' : undefined;
  },
};

/** Chunks of an earlier build have other hashes: remove them so the folder holds exactly one build. */
function removeOldChunks(dir) {
  return {
    name: 'remove-old-chunks',
    writeBundle(_options, bundle) {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) {
        if (name.startsWith('license-manager-') && name.endsWith('.js') && !(name in bundle)) rmSync(`${dir}/${name}`);
      }
    },
  };
}

const builds = [];

if (existsSync('widget/license-manager.ts')) {
  builds.push({
    input: 'widget/license-manager.ts',
    // Lets the entry export what its chunks share with it, so the code the users list needs stays in the one file
    // the host references, instead of a second file it would load only after parsing the first.
    preserveEntrySignatures: 'allow-extension',
    output: widgetOutput,
    plugins: [...plugins(), removeOldChunks(widgetOutput.dir), reportSize('widget')],
    onwarn: failOnWarnings,
  });
}
if (existsSync('widget/demo/demo-page.ts')) {
    // The demo page loads the built widget beside it, exactly as a host page would, instead of bundling a copy.
  builds.push(bundle('widget/demo/demo-page.ts', 'dist/widget/demo/demo-page.js', [copy([['widget/demo/index.html', 'dist/widget/demo/index.html']])], ['../license-manager.js']));
}

// web-ext lint (test/firefox/web-ext-lint.test.ts) warns UNSAFE_VAR_ASSIGNMENT for sidepanel/sidepanel.js: that is
// lit-html's Template.createElement, which sets a <template>'s innerHTML to the static strings of an html`` literal
// written in this codebase; values are bound afterwards as text, attributes or properties, never as markup.
const extensionEntries = [
  ['extension/background.ts', 'background.js'],
  ['extension/sidepanel/sidepanel.ts', 'sidepanel/sidepanel.js'],
  ['extension/options/options.ts', 'options/options.js'],
];
const extensionStatic = ['manifest.json', 'sidepanel/sidepanel.html', 'options/options.html', 'icons/icon-16.png', 'icons/icon-48.png', 'icons/icon-128.png'];
// Chrome and Firefox run the same code: each entry is bundled once, and the file is copied beside Firefox's manifest.
for (const [index, [input, output]] of extensionEntries.entries()) {
  if (!existsSync(input)) continue;
  const extra = [];
  if (index === 0) {
    const files = (target) => extensionStatic.map((name) => [name === 'manifest.json' ? name : `extension/${name}`, `dist/${target}/${name}`]);
    extra.push(copy([...files('extension'), ...files('extension-firefox').filter(([from]) => from !== 'manifest.json')]), writeFirefoxManifest());
  }
  extra.push(copy([[`dist/extension/${output}`, `dist/extension-firefox/${output}`]]));
  builds.push(bundle(input, `dist/extension/${output}`, extra, [], 'esbuild'));
}

export default builds;
