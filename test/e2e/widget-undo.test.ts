/**
 * "Undo this change" end to end: the built widget on the demo page against the reference server. A job assigns a
 * product to 30 users (and, for the ones holding them, revokes Power BI and turns Sway off in E3); someone changes
 * one of those users over the API meanwhile; "Undo this change" in the results reviews and runs the reverse. The
 * server then holds exactly what it held before for the other 29, service plans included, and the one changed in
 * between keeps its change and is reported as skipped. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogProduct as catalog } from '../../server/catalog/sku-catalog.js';
import {
  allDecided, click, DEMO_PAGE_SIZE, directory, find, holds, licenseShape, licensesOf, openDemo, selectPageByPage, stackForTheSuite, tableRows, toggle, waitForRows, type DirectoryUser,
} from './widget-support.js';

const USERS = 30;

const P2 = catalog('AAD_PREMIUM_P2');
const E3 = catalog('ENTERPRISEPACK');
const BI = catalog('POWER_BI_PRO');
const TEAMS = catalog('Teams_Ess');
const SWAY = E3.servicePlans.find((plan) => plan.name === 'SWAY')!;

describe('widget end to end: undo a finished job (demo page, reference server)', () => {
  const stack = stackForTheSuite();

  it(`assigns a product to ${USERS} users, undoes it from the results, and the server holds what it held before`, async () => {
    const users = await directory(stack.api);
    const unique = (user: DirectoryUser) => users.filter((other) => other.displayName === user.displayName).length === 1;
    const picked = users
      .filter((user) => unique(user) && /^[\w .'-]+$/.test(user.displayName) && user.usageLocation !== null && !holds(user, P2.skuId))
      .slice(0, USERS);
    assert.equal(picked.length, USERS, `the demo tenant has ${USERS} users to assign ${P2.displayName} to`);
    const withPlansOff = picked.filter((user) => user.assignedLicenses.some((license) => license.skuId === E3.skuId && license.disabledPlans.length > 0));
    assert.ok(withPlansOff.length > 0, 'some picked E3 holders have service plans off already');
    assert.ok(picked.some((user) => holds(user, BI.skuId)), 'some picked users hold Power BI');
    const before = new Map(picked.map((user) => [user.id, licenseShape(user.assignedLicenses)]));

    const { page, pageErrors } = await openDemo(stack);
    await selectPageByPage(page, users, picked, DEMO_PAGE_SIZE);

    // The job: P2 to everyone, Power BI revoked from its holders, Sway off in E3 for its holders.
    await click(page, 'button', 'Manage licenses');
    await find(page, 'table', 'Products', 20_000);
    await toggle(page, P2.displayName, 'checked');
    await toggle(page, BI.displayName, 'checked');
    await toggle(page, BI.displayName, 'unchecked');
    await click(page, 'button', `View service plans for ${E3.displayName}`);
    await find(page, 'dialog', `Service plans: ${E3.displayName}`);
    await toggle(page, SWAY.displayName, 'unchecked');
    await click(page, 'button', 'Done');
    await click(page, 'button', 'Save');
    await find(page, 'region', 'Review changes');
    await click(page, 'button', 'Confirm');
    const decided = allDecided(USERS);
    const firstRows = await waitForRows(page, 'Results', decided, `an outcome for each of the ${USERS} users`, 60_000);
    assert.equal(firstRows.filter((row) => row.includes('Succeeded')).length, USERS, `every user succeeded:\n${firstRows.join('\n')}`);
    for (const user of picked) assert.ok((await licensesOf(stack.api, user.id)).some((license) => license.skuId === P2.skuId), `${user.displayName} holds P2`);

    // Someone else gives one of them Teams Essentials meanwhile.
    const changed = withPlansOff[0]!;
    const assigned = await fetch(`${stack.api.url}/v1.0/users/${changed.id}/assignLicense`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-graph-contoso', 'Content-Type': 'application/json' },
      body: JSON.stringify({ addLicenses: [{ skuId: TEAMS.skuId, disabledPlans: [] }], removeLicenses: [] }),
    });
    assert.equal(assigned.status, 200, `assignLicense in between: ${await assigned.text()}`);
    const changedSince = licenseShape(await licensesOf(stack.api, changed.id));

    // Undo from the results: the review names the skipped user and why; nothing is sent before "Confirm".
    await click(page, 'button', 'Undo this change');
    await find(page, 'region', 'Review changes', 20_000);
    const reviewRows = await tableRows(page, 'Changes by user');
    assert.equal(reviewRows.length, USERS, `a row per user in the review:\n${reviewRows.join('\n')}`);
    const skippedRow = reviewRows.find((row) => row.includes(changed.displayName)) ?? '';
    assert.match(skippedRow, /Licenses changed since that job/, `the review says why ${changed.displayName} is skipped`);
    for (const user of picked) assert.ok((await licensesOf(stack.api, user.id)).some((license) => license.skuId === P2.skuId), 'nothing undone before Confirm');
    await click(page, 'button', 'Confirm');

    const undoRows = await waitForRows(page, 'Results', (rows) => decided(rows) && rows.some((row) => row.includes('Removed')), 'the outcome of the undo', 60_000);
    const rowOf = (user: DirectoryUser) => undoRows.find((row) => row.includes(user.displayName)) ?? '';
    assert.match(rowOf(changed), /No change/);
    assert.match(rowOf(changed), /Licenses changed since that job/);
    for (const user of picked.filter((other) => other !== changed)) assert.match(rowOf(user), /Succeeded/, `${user.displayName}: ${rowOf(user)}`);

    // The server's own state: as before for everyone but the one changed in between, who keeps that change.
    for (const user of picked) {
      const now = licenseShape(await licensesOf(stack.api, user.id));
      if (user === changed) assert.equal(now, changedSince, `${user.displayName} was not overwritten`);
      else assert.equal(now, before.get(user.id), `${user.displayName} holds what it held before, service plans included`);
    }
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
