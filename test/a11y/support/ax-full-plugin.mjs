// Chromium's whole accessibility tree, structural nodes included (tables, rows and cells), which the built-in
// a11ySnapshot command prunes as "uninteresting". Browser side: executeServerCommand('lm-ax-full-snapshot').
export function axFullSnapshotPlugin() {
  return {
    name: 'lm-ax-full-snapshot',
    async executeCommand({ command, session }) {
      if (command !== 'lm-ax-full-snapshot') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`lm-ax-full-snapshot: unsupported browser ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}
