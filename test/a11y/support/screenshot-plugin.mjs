// A test-runner command that saves a screenshot of the page for reviewers: `npm run screenshots` sets
// LM_SCREENSHOTS_DIR and the layout tests call executeServerCommand('lm-screenshot', { name }) on each view.
// Without the variable (plain `npm test`) the command does nothing and answers false.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function screenshotPlugin() {
  return {
    name: 'lm-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'lm-screenshot') return undefined;
      const dir = process.env.LM_SCREENSHOTS_DIR;
      if (!dir) return false;
      const name = payload?.name;
      if (typeof name !== 'string' || !/^[a-z0-9-]+$/u.test(name)) throw new Error('lm-screenshot: payload must be { name } in lowercase letters, digits and dashes');
      if (session.browser.type !== 'puppeteer') throw new Error(`lm-screenshot: unsupported browser ${session.browser.type}`);
      mkdirSync(dir, { recursive: true });
      const page = session.browser.getPage(session.id);
      await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
      return true;
    },
  };
}
