/**
 * "Match licenses of…" end to end: the built widget on the demo page against the reference server. Three users are
 * selected; the dialog finds a template user who holds two products, one with a service plan off; "Remove extras"
 * and "Use these licenses" put the plan in the grid; after "Confirm" the server holds for each of the three exactly
 * what the template holds, the plan turned off included, and a product only one of them held is gone.
 * Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogProduct as catalog } from '../../server/catalog/sku-catalog.js';
import {
  allDecided, click, DEMO_PAGE_SIZE, directory, expectCheck, find, holds, licenseShape, licensesOf, openDemo, selectPageByPage, stackForTheSuite, waitForRows, type DirectoryUser,
} from './widget-support.js';

/** The demo's licensing groups have members among the first 25 users: past them, every license is direct. */
const FIRST_WITHOUT_GROUPS = 25;

const E3 = catalog('ENTERPRISEPACK');
const P2 = catalog('AAD_PREMIUM_P2');
const BI = catalog('POWER_BI_PRO');

describe('widget end to end: match licenses of a user (demo page, reference server)', () => {
  const stack = stackForTheSuite();

  it('gives three users exactly the template\'s licenses and service plans, removing what it lacks', async () => {
    const users = await directory(stack.api);
    const eligible = users.slice(FIRST_WITHOUT_GROUPS).filter((user) =>
      users.filter((other) => other.displayName === user.displayName).length === 1 && /^[\w .'-]+$/.test(user.displayName) && user.usageLocation !== null);
    // The template: E3 with a service plan off, and P2.
    const template = eligible.find((user) =>
      user.assignedLicenses.length === 2 && holds(user, E3.skuId) && holds(user, P2.skuId) && user.assignedLicenses.some((license) => license.disabledPlans.length > 0));
    assert.ok(template, 'the demo tenant has a user holding E3 with a service plan off and P2, and nothing else');
    const templateShape = licenseShape(template.assignedLicenses);

    const others = eligible.filter((user) => user !== template);
    const withExtra = others.find((user) => holds(user, BI.skuId) && user.assignedLicenses.every((license) => [E3.skuId, P2.skuId, BI.skuId].includes(license.skuId)));
    const withNothing = others.find((user) => user.assignedLicenses.length === 0);
    const withE3 = others.find((user) => user.assignedLicenses.length === 1 && holds(user, E3.skuId) && user.assignedLicenses[0]!.disabledPlans.length === 0);
    assert.ok(withExtra && withNothing && withE3, 'the demo tenant has a Power BI holder, a user without licenses and a plain E3 holder');
    const picked = [withExtra, withNothing, withE3].sort((a, b) => users.indexOf(a) - users.indexOf(b));

    const { page, pageErrors } = await openDemo(stack);
    await selectPageByPage(page, users, picked, DEMO_PAGE_SIZE);

    await click(page, 'button', 'Match licenses of…');
    await find(page, 'dialog', 'Match licenses');
    const search = await find(page, 'searchbox', 'Find a user');
    await search.type(template.displayName);
    await click(page, 'radio', template.displayName);
    await click(page, 'radio', 'Remove extras');
    await click(page, 'button', 'Use these licenses');

    await find(page, 'table', 'Products', 20_000);
    await expectCheck(page, E3.displayName, 'checked');
    await expectCheck(page, P2.displayName, 'checked');
    await expectCheck(page, BI.displayName, 'unchecked');
    for (const user of picked) assert.equal(licenseShape(await licensesOf(stack.api, user.id)), licenseShape(user.assignedLicenses), 'nothing is sent before Save');

    await click(page, 'button', 'Save');
    await find(page, 'region', 'Review changes', 20_000);
    await click(page, 'button', 'Confirm');
    const decided = allDecided(picked.length);
    const rows = await waitForRows(page, 'Results', decided, `an outcome for each of the ${picked.length} users`, 60_000);
    assert.equal(rows.filter((row) => row.includes('Succeeded')).length, picked.length, `every user succeeded:\n${rows.join('\n')}`);

    for (const user of picked) assert.equal(licenseShape(await licensesOf(stack.api, user.id)), templateShape, `${user.displayName} holds what ${template.displayName} holds`);
    assert.ok(!(await licensesOf(stack.api, withExtra.id)).some((license) => license.skuId === BI.skuId), 'Power BI, which the template lacks, is removed');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
