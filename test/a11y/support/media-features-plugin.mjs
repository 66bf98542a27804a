// A test-runner command the built-in emulateMedia lacks under puppeteer: any CSS media feature, notably
// `forced-colors: active` (Windows High Contrast), which puppeteer's own emulateMediaFeatures refuses. Browser side:
// executeServerCommand('lm-emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
// an empty list resets. Emulation lives as long as its DevTools session, so one session is kept per page.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'lm-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'lm-emulate-media-features') return undefined;
      const features = payload?.features;
      if (!Array.isArray(features) || !features.every((f) => typeof f?.name === 'string' && typeof f?.value === 'string')) {
        throw new Error('lm-emulate-media-features: payload must be { features: [{ name, value }] }');
      }
      if (session.browser.type !== 'puppeteer') throw new Error(`lm-emulate-media-features: unsupported browser ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
