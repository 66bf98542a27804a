/**
 * The demo admin page: a partner portal that embeds <license-manager> and switches customer, signed-in agent
 * (Partner Center roles, or Graph in one tenant) and language. Plain DOM; names are data, set as text only.
 */
import '../license-manager.js';
import type { LicenseManager } from '../license-manager.js';

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

/** Graph agents act inside their own tenant only: the customer follows the agent. */
function applySettings(): void {
  const agent = currentAgent();
  if (agent.tenantId) customerSelect.value = agent.tenantId;
  for (const option of customerSelect.options) option.disabled = agent.tenantId !== undefined && option.value !== agent.tenantId;
  const customerId = customerSelect.value;
  element('crumb-customer').textContent = customerName(customerId);
  element('title').textContent = `Licenses: ${customerName(customerId)}`;
  element('signed-in').textContent = agent.label;
  manager.backend = agent.backend;
  manager.customerId = customerId;
  // A new function per agent: the widget starts a new session with the new sign-in.
  const token = agent.token;
  manager.tokenProvider = async () => token;
}

async function main(): Promise<void> {
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
  } catch (error) {
    const problem = element('setup-problem');
    problem.hidden = false;
    problem.textContent = `The demo could not read its settings (${error instanceof Error ? error.message : String(error)}). Start it with "npm start".`;
    return;
  }
  applySettings();
}

void main();
