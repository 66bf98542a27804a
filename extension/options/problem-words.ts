/** A setting's problem in the admin's words (the rules are in src/core/setting-checks.ts). */
import { msg } from '@lit/localize';
import type { CheckedField, SettingProblem } from '../platform/settings.js';

export function problemWords(field: CheckedField, problem: SettingProblem): string {
  const authority = field === 'authority';
  switch (problem) {
    case 'not-a-url':
      return authority
        ? msg('Enter the sign-in authority as a full address, for example https://login.microsoftonline.com.')
        : msg('Enter the base URL as a full address, for example https://api.partnercenter.microsoft.com.');
    case 'not-https':
      return authority
        ? msg('The sign-in authority must use https:// (http:// only for a server on this computer).')
        : msg('Use https:// for the base URL; http:// is only for a server on this computer (127.0.0.1 or localhost).');
    case 'query-or-fragment':
      return authority ? msg('The sign-in authority cannot carry a query or a fragment.') : msg('The base URL cannot carry a query or a fragment.');
    case 'not-a-guid':
      return field === 'clientId'
        ? msg("The client ID is the app registration's Application (client) ID, a GUID.")
        : msg('The customer ID is the tenant ID, a GUID such as 3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001.');
    case 'not-a-tenant':
      return msg('The tenant is "organizations", a tenant ID (GUID) or a domain such as contoso.onmicrosoft.com.');
  }
}
