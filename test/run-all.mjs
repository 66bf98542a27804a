// `npm test`: type check, Node tests (server, backend over HTTP, end-to-end), browser tests, Firefox tests;
// then one plain closing line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'lm-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2); // e.g. `npm test -- browser` runs one stage

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
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

function nodeTests(label, files, env = {}) {
  if (files.length === 0) return;
  const tap = join(scratch, `${label}.tap`);
  const status = run(process.execPath, [
    '--import', 'tsx', '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ], env);
  const counts = tapCounts(tap) ?? { passed: 0, failed: 1 };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed`);
  add(counts);
}

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const haveChromium = existsSync(chromePath);
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** `npm run build` once per run, for the stages that test the built files. */
let buildStatus = null;
function build() {
  buildStatus ??= run('npm', ['run', 'build', '--silent']);
  return buildStatus === 0;
}

if (stage('typecheck')) {
  const ok = run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) === 0;
  console.log(`typecheck: ${ok ? 'passed' : 'failed'}`);
  add({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

if (stage('node')) nodeTests('node', [...testFiles('test/server'), ...testFiles('test/node')]);

if (stage('browser') || stage('e2e')) {
  if (!haveChromium) {
    console.log(`Chromium not found at ${chromePath}: install it with "sudo apt-get install -y chromium" (Debian) or set CHROME_PATH.`);
    add({ passed: 0, failed: 1 });
  } else {
    if (stage('browser')) {
      const countsFile = join(scratch, 'browser.json');
      const status = run('npx', ['web-test-runner', '--config', 'test/web-test-runner.config.mjs'], { LM_COUNTS_FILE: countsFile, CHROME_PATH: chromePath });
      const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 1 };
      if (status !== 0 && counts.failed === 0) counts.failed = 1;
      add(counts);
    }
    if (stage('e2e') && testFiles('test/e2e').length > 0) {
      if (!build()) add({ passed: 0, failed: 1 });
      else nodeTests('e2e', testFiles('test/e2e'));
    }
  }
}

// Firefox: web-ext lint on the built add-on, then the add-on driven in headless Firefox ESR.
if (stage('firefox') && testFiles('test/firefox').length > 0) {
  if (!existsSync(firefoxPath)) {
    console.log(`Firefox not found at ${firefoxPath}: install it with "sudo apt-get install -y firefox-esr" (Debian) or set FIREFOX_PATH.`);
    add({ passed: 0, failed: 1 });
  } else if (!build()) {
    add({ passed: 0, failed: 1 });
  } else {
    nodeTests('firefox', testFiles('test/firefox'), { FIREFOX_PATH: firefoxPath });
  }
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
