import { expect } from '@open-wc/testing';
import { customerFromUrl } from '../../extension/customer-from-url.js';

const ID = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001';

const cases: readonly (readonly [string | null | undefined, string | null])[] = [
  [`https://partner.microsoft.com/dashboard/v2/customers/${ID}/users`, ID],
  [`https://partner.microsoft.com/en-us/dashboard/v2/customers/${ID}/users`, ID],
  [`https://partner.microsoft.com/dashboard/commerce/customers/${ID}/subscriptions`, ID],
  [`https://partner.microsoft.com/sv-se/dashboard/commerce2/customers/${ID}/account`, ID],
  [`https://partner.microsoft.com/dashboard/v2/customers/${ID.toUpperCase()}/users`, ID],
  [`https://partner.microsoft.com/en-us/pcv/customers/${ID}`, ID],
  [`https://partner.microsoft.com/dashboard/v2/customers/${ID}`, ID],
  [`https://PARTNER.microsoft.com/dashboard/v2/customers/${ID}/users?x=1#top`, ID],
  [`https://partner.microsoft.com/dashboard/account/users?customerId=${ID}`, ID],
  [`https://partner.microsoft.com/dashboard/account/users?CustomerId=${ID.toUpperCase()}`, ID],
  [`https://partner.microsoft.com/dashboard/home#/customers/${ID}/users`, ID],
  [`https://partner.microsoft.com/dashboard/v2/customers/${encodeURIComponent(ID)}/users`, ID],
  // not a customer page
  ['https://partner.microsoft.com/dashboard/v2/customers', null],
  ['https://partner.microsoft.com/dashboard/v2/customers/list', null],
  ['https://partner.microsoft.com/dashboard/v2/customers/not-a-guid/users', null],
  [`https://partner.microsoft.com/dashboard/v2/users/${ID}`, null],
  ['https://partner.microsoft.com/dashboard/account/users?customerId=abc', null],
  // not the partner portal
  [`http://partner.microsoft.com/dashboard/v2/customers/${ID}/users`, null],
  [`https://partner.microsoft.com.evil.example/dashboard/v2/customers/${ID}/users`, null],
  [`https://evil.example/partner.microsoft.com/customers/${ID}`, null],
  [`https://admin.microsoft.com/customers/${ID}`, null],
  [`chrome-extension://abc/sidepanel/sidepanel.html?customerId=${ID}`, null],
  // not a URL at all
  ['', null],
  ['not a url', null],
  [null, null],
  [undefined, null],
];

describe('customerFromUrl', () => {
  for (const [url, expected] of cases) {
    it(`${String(url)} → ${String(expected)}`, () => {
      expect(customerFromUrl(url)).to.equal(expected);
    });
  }
});
