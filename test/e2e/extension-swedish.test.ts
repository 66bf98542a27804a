/**
 * The built extension when the browser's UI language is Swedish (headless Chromium telling its pages "sv"): the
 * settings page and the side panel speak Swedish, with the words the extension's own bundle adds to the widget's
 * (generated/sv-extension.ts).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { closedAfterEachTest, launchWithExtension, openExtensionPage } from './extension-support/extension-browser.js';

describe('the extension in a Swedish browser', { timeout: 120_000 }, () => {
  const closedAfterTest = closedAfterEachTest('extension pages');

  it('shows the settings and the side panel in Swedish', async () => {
    const session = closedAfterTest(await launchWithExtension());
    const options = await openExtensionPage(session, 'options/options.html', 'sv-SE');
    await options.locator('::-p-aria([name="Inställningar för License Manager"][role="heading"])').wait();
    await options.locator('::-p-aria([name="Logga in med Microsoft"][role="button"])').wait();
    await options.locator('::-p-aria([name="Bas-URL"][role="textbox"])').wait();
    assert.equal(await options.evaluate(() => document.documentElement.lang), 'sv');
    assert.equal(await options.title(), 'Inställningar för License Manager');
    await options.locator('::-p-aria(Inloggning \\(avancerat\\))').click();
    await options.locator('::-p-aria([name="Inloggningsutfärdare"][role="textbox"])').fill('ftp://example.com');
    await options.locator('::-p-aria([name="Spara inställningar"][role="button"])').click();
    await options.locator('::-p-text(Inloggningsutfärdaren måste använda https://)').wait();

    const panel = await openExtensionPage(session, 'sidepanel/sidepanel.html', 'sv-SE');
    await panel.locator('::-p-aria([name="Inloggning krävs"][role="heading"])').wait();
    await panel.locator('::-p-aria([name="Logga in med Microsoft"][role="button"])').wait();
    await panel.locator('::-p-aria([name="Inställningar"][role="button"])').wait();
  });
});
