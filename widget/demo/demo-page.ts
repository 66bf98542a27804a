/**
 * The demo admin page: a partner portal that embeds <license-manager>, signs the admin in ("Sign in" against the
 * reference server as authority, demo-sign-in.ts) and hands the widget a token provider that renews silently.
 * Without a sign-in the widget uses a fixed demo token (a fallback for scripts). Switches customer and language.
 * Plain DOM; names are data, set as text only.
 */
import '../license-manager.js';
import type { LicenseManager } from '../license-manager.js';
import type { StoredSignIn } from '../../src/sign-in/stored-sign-in.js';
import { backendOf, DemoSignIn, isSilentSignInFrame } from './demo-sign-in.js';

interface DemoCustomer {
  readonly id: string;
  readonly name: string;
}

interface DemoAgent {
  readonly token: string;
  readonly label: string;
  readonly backend: 'partner-center' | 'graph';
  /** Graph tokens belong to one tenant. */
  readonly tenantId?: string;
}

const CUSTOMERS: readonly DemoCustomer[] = [
  { id: '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001', name: 'Contoso Ltd' },
  { id: '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000002', name: 'Fabrikam, Inc.' },
  { id: '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000003', name: 'Northwind Traders' },
];

const AGENTS: readonly DemoAgent[] = [
  { token: 'demo-admin', label: 'Admin agent (Alex Admin)', backend: 'partner-center' },
  { token: 'demo-helpdesk', label: 'Helpdesk agent (Hana Helpdesk)', backend: 'partner-center' },
  { token: 'demo-sales', label: 'Sales agent (Sam Sales)', backend: 'partner-center' },
  { token: 'demo-reader', label: 'Read-only (Riley Reader)', backend: 'partner-center' },
  { token: 'demo-graph-contoso', label: 'Graph: Contoso global admin', backend: 'graph', tenantId: CUSTOMERS[0]!.id },
  { token: 'demo-graph-fabrikam', label: 'Graph: Fabrikam global admin', backend: 'graph', tenantId: CUSTOMERS[1]!.id },
];

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`demo page: #${id} is missing`);
  return found as T;
}

const manager = element<LicenseManager>('manager');
const signInButton = element<HTMLButtonElement>('sign-in');
const signOutButton = element<HTMLButtonElement>('sign-out');
const signInStatus = element<HTMLElement>('sign-in-status');
const customerSelect = element<HTMLSelectElement>('customer');
const agentSelect = element<HTMLSelectElement>('agent');
const languageSelect = element<HTMLSelectElement>('language');
const activity = element<HTMLOListElement>('activity');

function fillSelect(select: HTMLSelectElement, options: readonly { value: string; label: string }[]): void {
  for (const { value, label } of options) select.append(new Option(label, value));
}

function log(text: string, problem = false): void {
  const item = document.createElement('li');
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString();
  item.append(time, document.createTextNode(text));
  if (problem) item.className = 'problem';
  activity.prepend(item);
}

function currentAgent(): DemoAgent {
  return AGENTS.find((agent) => agent.token === agentSelect.value) ?? AGENTS[0]!;
}

function customerName(id: string): string {
  return CUSTOMERS.find((customer) => customer.id === id)?.name ?? id;
}

/** Set once the page knows its sign-in authority (config.json). */
let signIn: DemoSignIn | null = null;
/** The signed-in account, or null: then the demo token chosen in the list. */
let account: StoredSignIn | null = null;

/** Graph agents act inside their own tenant only: the customer follows the agent (or the signed-in account). */
function applySettings(): void {
  const agent = currentAgent();
  const signedIn = account ? backendOf(account, CUSTOMERS.map((customer) => customer.id)) : null;
  const onlyTenant = signedIn ? signedIn.customerId : (agent.tenantId ?? null);
  if (onlyTenant) customerSelect.value = onlyTenant;
  for (const option of customerSelect.options) option.disabled = onlyTenant !== null && option.value !== onlyTenant;
  agentSelect.disabled = account !== null;
  const customerId = customerSelect.value;
  element('crumb-customer').textContent = customerName(customerId);
  element('title').textContent = `Licenses: ${customerName(customerId)}`;
  element('signed-in').textContent = account ? `Signed in as ${account.userPrincipalName}` : `Demo token: ${agent.label}`;
  element('sign-in-state').textContent = account ? `Signed in as ${account.userPrincipalName}` : 'Not signed in: the widget uses the demo token chosen below.';
  signInButton.hidden = account !== null;
  signOutButton.hidden = account === null;
  manager.customerId = customerId;
  if (account && signIn && signedIn) {
    manager.backend = signedIn.backend;
    // The roles come from the sign-in (the ID token), so a read-only agent gets the read-only view at once.
    manager.roles = account.roles.length > 0 ? [...account.roles] : null;
    // A new function per sign-in: the widget starts a new session with it.
    const keeper = signIn.keeper;
    manager.tokenProvider = (request) => keeper.tokenProvider(request);
    return;
  }
  manager.backend = agent.backend;
  manager.roles = null;
  const token = agent.token;
  manager.tokenProvider = async () => token;
}

function problemText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Wires "Sign in" and "Sign out", and finishes a sign-in the authority just sent the page back from. */
async function setUpSignIn(authority: string): Promise<void> {
  const demoSignIn = new DemoSignIn(authority, CUSTOMERS.map((customer) => customer.id));
  signIn = demoSignIn;
  signInButton.addEventListener('click', () => {
    signInButton.disabled = true;
    signInStatus.textContent = 'Going to the sign-in page…';
    demoSignIn.start().catch((error: unknown) => {
      signInButton.disabled = false;
      signInStatus.textContent = `Not signed in: ${problemText(error)}`;
    });
  });
  signOutButton.addEventListener('click', () => {
    void demoSignIn.signOut().then(() => {
      account = null;
      signInStatus.textContent = 'Signed out.';
      log('Signed out.');
      applySettings();
      signInButton.focus();
    });
  });
  try {
    const returned = await demoSignIn.finishIfReturning();
    if (returned) log(`Signed in as ${returned.userPrincipalName}.`);
  } catch (error) {
    signInStatus.textContent = `Not signed in: ${problemText(error)}`;
    log(`Sign-in failed: ${problemText(error)}`, true);
  }
  account = await demoSignIn.current();
}

async function main(): Promise<void> {
  if (isSilentSignInFrame()) return;
  fillSelect(customerSelect, CUSTOMERS.map((customer) => ({ value: customer.id, label: customer.name })));
  fillSelect(agentSelect, AGENTS.map((agent) => ({ value: agent.token, label: agent.label })));
  const language = new URLSearchParams(location.search).get('lang') === 'sv' ? 'sv' : 'en';
  languageSelect.value = language;
  manager.lang = language;

  customerSelect.addEventListener('change', applySettings);
  agentSelect.addEventListener('change', applySettings);
  languageSelect.addEventListener('change', () => {
    manager.lang = languageSelect.value;
    document.documentElement.lang = languageSelect.value;
  });

  manager.addEventListener('lm-save-complete', (event) => {
    const outcomes = event.detail.outcomes;
    const succeeded = outcomes.filter((outcome) => outcome.status === 'succeeded').length;
    const failed = outcomes.filter((outcome) => outcome.status === 'failed').length;
    const cancelled = outcomes.filter((outcome) => outcome.status === 'cancelled').length;
    log(`Saved for ${customerName(manager.customerId)}: ${succeeded} succeeded, ${failed} failed, ${cancelled} cancelled (job ${event.detail.jobId.slice(0, 8)}).`);
  });
  manager.addEventListener('lm-selection-change', (event) => {
    log(`${event.detail.userIds.length} user(s) selected.`);
  });
  manager.addEventListener('lm-error', (event) => log(`Problem (${event.detail.kind}): ${event.detail.message}`, true));
  manager.addEventListener('lm-buy-more', (event) => log(`Buy more: ${event.detail.productName}`));

  try {
    const response = await fetch('./config.json', { cache: 'no-store' });
    if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
    const config: unknown = await response.json();
    const baseUrl = typeof config === 'object' && config !== null && 'baseUrl' in config ? (config as { baseUrl: unknown }).baseUrl : null;
    if (typeof baseUrl !== 'string' || baseUrl === '') throw new Error('config.json has no baseUrl');
    manager.baseUrl = baseUrl;
    // The reference server is the sign-in authority too (Entra's paths); a host would use https://login.microsoftonline.com.
    await setUpSignIn(baseUrl);
  } catch (error) {
    const problem = element('setup-problem');
    problem.hidden = false;
    problem.textContent = `The demo could not read its settings (${error instanceof Error ? error.message : String(error)}). Start it with "npm start".`;
    return;
  }
  applySettings();
}

void main();
