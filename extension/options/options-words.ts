/** The options page's own words, by their `data-words` key in options.html. */
import { msg } from '@lit/localize';

export function optionsWords(): Readonly<Record<string, string>> {
  return {
    title: msg('License Manager settings'),
    intro: msg('Sign in with your work account (or enter an access token), say where your partner backend answers, then open License Manager from the toolbar button or in a tab of its own.'),
    account: msg('Account'),
    'sign-in': msg('Sign in with Microsoft'),
    'sign-out': msg('Sign out'),
    backend: msg('Backend'),
    'partner-center': msg('Partner Center'),
    'base-url': msg('Base URL'),
    'base-url-hint': msg('For example https://api.partnercenter.microsoft.com, https://graph.microsoft.com or a local reference server.'),
    'customer-id': msg('Customer ID'),
    'customer-id-hint': msg("The customer's tenant ID, used when the active tab shows no customer. Leave empty to pick from a list."),
    'review-before-saving': msg('Review changes before saving'),
    'review-before-saving-hint': msg('Save first shows what it will change, with Confirm and Back. When off, a change to one user with nothing to warn about is saved at once; every other change is still reviewed.'),
    'advanced-sign-in': msg('Sign-in (advanced)'),
    authority: msg('Sign-in authority'),
    'authority-hint': msg('https://login.microsoftonline.com, or another Entra-compatible authority such as the local reference server.'),
    'client-id': msg('Client ID'),
    'client-id-hint': msg('The Application (client) ID of your app registration in Microsoft Entra.'),
    tenant: msg('Tenant'),
    'tenant-hint': msg('"organizations" for any work account, or your partner tenant\'s ID or domain. Graph tokens come from the customer\'s tenant.'),
    'use-token': msg('Use an access token'),
    'access-token': msg('Access token'),
    'access-token-hint': msg('For automation: used instead of the sign-in while set. Kept in memory until the browser closes; never written to disk.'),
    save: msg('Save settings'),
    'full-tab': msg('Open License Manager in a tab'),
  };
}
