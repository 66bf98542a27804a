// `npm test`: type check, Node tests (core, server, backend over HTTP), browser tests, end-to-end tests (Chromium
// and Firefox); then one plain closing line "N passed, N failed" that CI reads. The stages do not depend on each other, so they run at the
// same time (most of a test's time is spent waiting on timers, sockets and browsers); each stage's output is printed
// whole when it ends, so the log reads stage by stage.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'lm-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2); // e.g. `npm test -- browser` runs one stage
/**
 * Node test files run one at a time: several of them measure time (deadlines, rate limits, a child process that
 * must start), and on a loaded machine files side by side starve each other past those bounds. The unit, server and
 * adapter files share one process (`inOneProcess`), so the TypeScript loader and the sources load once; so do the
 * end-to-end files, where a file's process also lingered after its tests until idle sockets closed (all e2e files:
 * 112 s one process each, 82 s in one).
 */
const NODE_TEST_CONCURRENCY = 1;

/**
 * The build with the end-to-end tests after it, and the browser tests, are the two long stages, and they wait on
 * browsers that must be served promptly; the type check and the Node tests only compute, and fill the time those
 * leave the CPU idle. So they run at a lower priority (Unix niceness 10; their children inherit it). A niced browser
 * stage finished last (94.5 s against 88.5 s for the whole run).
 */
const BACKGROUND_NICENESS = 10;

/**
 * Runs a command with its output kept; prints it when the command ends. Resolves to the exit status.
 * `background`: at a lower CPU priority than the browsers' stages.
 */
function run(label, command, args, { env = {}, background = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', ...env } });
    if (background && child.pid !== undefined) {
      try {
        setPriority(child.pid, BACKGROUND_NICENESS);
      } catch {
        // A system that refuses only loses the ordering, not a test.
      }
    }
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error}\n`)));
    child.on('close', (status) => {
      process.stdout.write(`\n===== ${label} =====\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(status ?? 1);
    });
  });
}

function testFiles(dir) {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => relative(root, join(full, name)))
    .sort();
}

function tapCounts(file) {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  const number = (label) => Number(text.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: number('pass'), failed: number('fail') + number('cancelled'), skipped: number('skipped') + number('todo') };
}

function add(counts) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
}

function stage(name) {
  return only.length === 0 || only.includes(name);
}

async function nodeTests(label, files, { inOneProcess = false, background = false, env = {} } = {}) {
  if (files.length === 0) return;
  const tap = join(scratch, `${label}.tap`);
  const runner = inOneProcess ? ['test/support/one-process.mjs'] : ['--test', `--test-concurrency=${NODE_TEST_CONCURRENCY}`];
  const status = await run(label, process.execPath, [
    '--import', 'tsx',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...runner, ...files,
  ], { env, background });
  const counts = tapCounts(tap) ?? { passed: 0, failed: 1 };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed`);
  add(counts);
}

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const haveChromium = existsSync(chromePath);
/**
 * Tests of pages (the browser tests, the widget's end-to-end files) run in Chromium's headless shell: the same
 * engine without the browser's own UI, which new headless mode renders too (browser stage alone: 104 -> 38 s of
 * CPU). Only the extension needs the full browser.
 */
const shellPath = process.env.HEADLESS_SHELL_PATH || '/usr/bin/chromium-headless-shell';
const pageBrowserPath = existsSync(shellPath) ? shellPath : chromePath;
if (!existsSync(shellPath)) console.log(`Chromium's headless shell not found at ${shellPath}: page tests use ${chromePath}, more slowly ("sudo apt-get install -y chromium-headless-shell" on Debian, or set HEADLESS_SHELL_PATH).`);
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const stages = [];

if (stage('typecheck')) {
  stages.push(run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { background: true }).then((status) => {
    const ok = status === 0;
    console.log(`typecheck: ${ok ? 'passed' : 'failed'}`);
    add({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  }));
}

if (stage('node')) stages.push(nodeTests('node', [...testFiles('test/core'), ...testFiles('test/server'), ...testFiles('test/node')], { inOneProcess: true, background: true }));

if (stage('browser') || stage('e2e')) {
  if (!haveChromium) {
    console.log(`Chromium not found at ${chromePath}: install it with "sudo apt-get install -y chromium" (Debian) or set CHROME_PATH.`);
    add({ passed: 0, failed: 1 });
  } else {
    if (stage('browser')) {
      const countsFile = join(scratch, 'browser.json');
      stages.push(run('browser', 'npx', ['web-test-runner', '--config', 'test/web-test-runner.config.mjs'], { env: { LM_COUNTS_FILE: countsFile, CHROME_PATH: pageBrowserPath } }).then((status) => {
        const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 1 };
        if (status !== 0 && counts.failed === 0) counts.failed = 1;
        add(counts);
      }));
    }
  }
}

// After one build, side by side: the Chromium end-to-end tests, and Firefox (web-ext lint on the built add-on, then
// the add-on driven in headless Firefox ESR). Within each, one file at a time keeps browsers from starving each other.
const wantE2e = stage('e2e') && haveChromium && testFiles('test/e2e').length > 0;
const wantFirefox = stage('firefox') && testFiles('test/firefox').length > 0;
if (wantFirefox && !existsSync(firefoxPath)) {
  console.log(`Firefox not found at ${firefoxPath}: install it with "sudo apt-get install -y firefox-esr" (Debian) or set FIREFOX_PATH.`);
  add({ passed: 0, failed: 1 });
}
const firefoxReady = wantFirefox && existsSync(firefoxPath);
if (wantE2e || firefoxReady) {
  stages.push(run('build', 'npm', ['run', 'build', '--silent']).then(async (status) => {
    if (status !== 0) {
      add({ passed: 0, failed: 1 });
      return;
    }
    await Promise.all([
      wantE2e ? nodeTests('e2e', testFiles('test/e2e'), { inOneProcess: true, env: { CHROME_PATH: chromePath, HEADLESS_SHELL_PATH: shellPath } }) : undefined,
      firefoxReady ? nodeTests('firefox', testFiles('test/firefox'), { env: { FIREFOX_PATH: firefoxPath } }) : undefined,
    ]);
  }));
}

await Promise.all(stages);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
