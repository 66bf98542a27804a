// `npm run screenshots`: every view of the widget at 400 px (the side panel's width), as PNG files in
// screenshots/ for reviewers (not committed). The layout tests take them while they check each view.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = fileURLToPath(new URL('../../screenshots', import.meta.url));
rmSync(dir, { recursive: true, force: true });
const result = spawnSync('npx', ['web-test-runner', '--config', 'test/web-test-runner.config.mjs', '--files', 'test/a11y/widths.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, LM_SCREENSHOTS_DIR: dir, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
});
console.log(result.status === 0 ? `Screenshots written to ${dir}` : 'The layout tests failed; screenshots may be incomplete.');
process.exit(result.status ?? 1);
