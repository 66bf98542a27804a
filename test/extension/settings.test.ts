import { expect } from '@open-wc/testing';
import { problemWords } from '../../extension/options/problem-words.js';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SETTING_CHECKS, migrateSettings, toStored } from '../../extension/platform/settings.js';

const ID = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001';
const CLIENT = '11111111-2222-4333-8444-555555555555';

describe('settings', () => {
  it('defaults to Partner Center on the local reference server, with no customer', () => {
    expect(DEFAULT_SETTINGS).to.deep.equal({
      backend: 'partner-center', baseUrl: 'http://127.0.0.1:4010', customerId: '', authority: 'https://login.microsoftonline.com', clientId: '', tenant: 'organizations',
      reviewBeforeSaving: true,
    });
    expect(migrateSettings(undefined)).to.deep.equal({ settings: DEFAULT_SETTINGS, changed: false });
  });

  it('replaces what is not settings at all by the defaults, and says to write them back', () => {
    for (const junk of [null, 'text', 42, ['a']]) {
      expect(migrateSettings(junk)).to.deep.equal({ settings: DEFAULT_SETTINGS, changed: true });
    }
  });

  it('keeps current settings as they are', () => {
    const settings = { backend: 'graph' as const, baseUrl: 'https://graph.microsoft.com', customerId: ID, authority: 'http://127.0.0.1:4010', clientId: CLIENT, tenant: 'organizations', reviewBeforeSaving: false };
    const stored = toStored(settings);
    expect(stored.settingsVersion).to.equal(SETTINGS_VERSION);
    expect(migrateSettings(stored)).to.deep.equal({ settings, changed: false });
  });

  it('adds the sign-in settings to version 1 and says to write them back', () => {
    const { settings, changed } = migrateSettings({ settingsVersion: 1, backend: 'graph', baseUrl: 'https://graph.microsoft.com', customerId: ID });
    expect(settings).to.deep.equal({ ...DEFAULT_SETTINGS, backend: 'graph', baseUrl: 'https://graph.microsoft.com', customerId: ID });
    expect(changed).to.equal(true);
  });

  it('turns "Review changes before saving" on for version 2 settings, and says to write them back', () => {
    const version2 = { settingsVersion: 2, backend: 'graph', baseUrl: 'https://graph.microsoft.com', customerId: ID, authority: DEFAULT_SETTINGS.authority, clientId: '', tenant: 'organizations' };
    const { settings, changed } = migrateSettings(version2);
    expect(settings).to.deep.equal({ ...DEFAULT_SETTINGS, backend: 'graph', baseUrl: 'https://graph.microsoft.com', customerId: ID, reviewBeforeSaving: true });
    expect(changed).to.equal(true);
  });

  it('migrates the unversioned shape and drops a token kept at rest', () => {
    const old = { backendKind: 'graph', apiBaseUrl: 'https://graph.microsoft.com/', defaultCustomerId: ID.toUpperCase(), token: 'secret', accessToken: 'secret' };
    const { settings, changed } = migrateSettings(old);
    expect(settings).to.deep.equal({ ...DEFAULT_SETTINGS, backend: 'graph', baseUrl: 'https://graph.microsoft.com', customerId: ID });
    expect(changed).to.equal(true);
    expect(JSON.stringify(toStored(settings))).to.not.contain('secret');
  });

  it('falls back per field when a stored value is invalid', () => {
    const { settings, changed } = migrateSettings({ settingsVersion: 2, backend: 'soap', baseUrl: 'ftp://x', customerId: 'nope', authority: 'ftp://y', clientId: 'app', tenant: '!' });
    expect(settings).to.deep.equal(DEFAULT_SETTINGS);
    expect(changed).to.equal(true);
  });

  it('checks the base URL and the authority by one rule, and words each problem for its field', () => {
    for (const field of ['baseUrl', 'authority'] as const) {
      const check = SETTING_CHECKS[field];
      expect(check('https://api.partnercenter.microsoft.com')).to.equal(null);
      expect(check('http://127.0.0.1:4010')).to.equal(null);
      expect(check('http://localhost:8080/')).to.equal(null);
      expect(check('http://example.com')).to.equal('not-https');
      expect(check('api.partnercenter.microsoft.com')).to.equal('not-a-url');
      expect(check('javascript:alert(1)')).to.equal('not-https');
      expect(check('https://graph.microsoft.com?x=1')).to.equal('query-or-fragment');
    }
    expect(problemWords('baseUrl', 'not-a-url')).to.contain('base URL');
    expect(problemWords('authority', 'not-https')).to.contain('sign-in authority');
    expect(problemWords('baseUrl', 'query-or-fragment')).to.contain('query');
  });

  it('checks the customer ID and client ID: a GUID or empty; the tenant: a name a sign-in accepts', () => {
    for (const field of ['customerId', 'clientId'] as const) {
      expect(SETTING_CHECKS[field]('')).to.equal(null);
      expect(SETTING_CHECKS[field](` ${ID} `)).to.equal(null);
      expect(SETTING_CHECKS[field]('contoso.onmicrosoft.com')).to.equal('not-a-guid');
    }
    expect(problemWords('customerId', 'not-a-guid')).to.contain('GUID');
    expect(problemWords('clientId', 'not-a-guid')).to.contain('client ID');
    for (const tenant of ['organizations', 'Common', ID, 'contoso.onmicrosoft.com']) expect(SETTING_CHECKS.tenant(tenant)).to.equal(null);
    expect(SETTING_CHECKS.tenant('contoso')).to.equal('not-a-tenant');
    expect(problemWords('tenant', 'not-a-tenant')).to.contain('organizations');
  });

  it('keeps the base URL without trailing slashes', () => {
    expect(migrateSettings({ settingsVersion: 2, baseUrl: ' https://graph.microsoft.com/v1.0// ' }).settings.baseUrl).to.equal('https://graph.microsoft.com/v1.0');
  });
});
