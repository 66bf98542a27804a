/**
 * The side panel's own screens, as plain DOM (no browser API, no framework): waiting, no token yet, the customer
 * picker, and mounting <license-manager>. Names and labels are the admin's words (msg(), in the UI language);
 * data is only ever text.
 */
import { msg, str } from '@lit/localize';
import type { TokenProvider, BackendKind } from '../../src/backend/backend.js';
import type { CustomerId } from '../../src/core/types.js';
import type { LicenseStore } from '../../src/store/store.js';
import { errorWords } from '../error-words.js';
import type { CustomerChoice } from './customer-list.js';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const node = element('button', label, { type: 'button' });
  if (primary) node.classList.add('primary');
  node.addEventListener('click', onClick);
  return node;
}

/** The words of sidepanel.html itself, by their `data-words` key (the product's name is a name, the same in every language). */
export function panelPageWords(): Readonly<Record<string, string>> {
  return { settings: msg('Settings') };
}

export function showWaiting(root: HTMLElement, text: string): void {
  const status = element('p', text, { role: 'status', class: 'muted' });
  root.replaceChildren(status);
}

export interface SignInActions {
  /** Resolves when the sign-in is done; rejects with what went wrong (shown beside the button). */
  readonly onSignIn: () => Promise<void>;
  readonly onOpenSettings: () => void;
}

/** Not signed in (and no access token set): "Sign in with Microsoft" where the users list would be. */
export function showSignIn(root: HTMLElement, actions: SignInActions): void {
  const section = element('section', undefined, { 'aria-labelledby': 'sign-in-heading' });
  const status = element('p', '', { role: 'status' });
  const signIn = button(msg('Sign in with Microsoft'), () => {
    signIn.disabled = true;
    status.textContent = msg('Signing in…');
    actions.onSignIn().then(
      () => {
        status.textContent = '';
      },
      (error: unknown) => {
        signIn.disabled = false;
        status.textContent = msg(str`Not signed in: ${errorWords(error)}`);
      },
    );
  }, true);
  const bar = element('div', undefined, { class: 'actions' });
  bar.append(signIn, button(msg('Open settings'), actions.onOpenSettings));
  section.append(
    element('h2', msg('Sign-in needed'), { id: 'sign-in-heading' }),
    element('p', msg("Sign in with your work account to see the customer's users. The sign-in is kept only until the browser closes.")),
    bar,
    status,
  );
  root.replaceChildren(section);
}

export interface ProblemActions {
  readonly onRetry: () => void;
  readonly onOpenSettings: () => void;
}

/** Something the panel needs failed (the customer list, the settings): what, why, and ways on. */
export function showProblem(root: HTMLElement, what: string, why: string, actions: ProblemActions): void {
  const alert = element('div', undefined, { role: 'alert', class: 'notice' });
  alert.append(element('p', what), element('p', why, { class: 'detail' }));
  const bar = element('div', undefined, { class: 'actions' });
  bar.append(button(msg('Try again'), actions.onRetry, true), button(msg('Open settings'), actions.onOpenSettings));
  root.replaceChildren(alert, bar);
}

/** A select "Customer" and a button "Open". */
export function showCustomerPicker(root: HTMLElement, customers: readonly CustomerChoice[], onOpen: (customerId: CustomerId) => void): void {
  const form = element('form', undefined, { 'aria-labelledby': 'picker-heading', class: 'picker' });
  form.append(element('h2', msg('Choose a customer'), { id: 'picker-heading' }));
  if (customers.length === 0) {
    form.append(element('p', msg('This account has no customers to manage.'), { role: 'status' }));
    root.replaceChildren(form);
    return;
  }
  const label = element('label', msg('Customer'), { for: 'customer-select' });
  const select = element('select', undefined, { id: 'customer-select', name: 'customer' });
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  for (const customer of [...customers].sort((a, b) => collator.compare(a.companyName, b.companyName))) {
    const option = element('option', customer.domain ? `${customer.companyName} (${customer.domain})` : customer.companyName);
    option.value = customer.id;
    select.append(option);
  }
  const open = element('button', msg('Open'), { type: 'submit', class: 'primary' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) onOpen(select.value);
  });
  const row = element('div', undefined, { class: 'actions' });
  row.append(open);
  form.append(label, select, row);
  root.replaceChildren(form);
  select.focus();
}

export interface MountOptions {
  readonly customerId: CustomerId;
  readonly backend: BackendKind;
  readonly baseUrl: string;
  readonly lang: string;
  readonly tokenProvider: TokenProvider;
  readonly store: LicenseStore;
  /** The signed-in account's roles (from its ID token); empty: the widget asks the service. */
  readonly roles: readonly string[];
  /** The options page's "Review changes before saving". */
  readonly reviewBeforeSaving: boolean;
}

/** Puts <license-manager> in the panel: settings as attributes, the token provider and the store as properties. */
export function mountLicenseManager(root: HTMLElement, options: MountOptions): HTMLElementTagNameMap['license-manager'] {
  const manager = document.createElement('license-manager');
  manager.setAttribute('customer-id', options.customerId);
  manager.setAttribute('backend', options.backend);
  manager.setAttribute('base-url', options.baseUrl);
  if (options.lang) manager.setAttribute('lang', options.lang);
  manager.reviewBeforeSaving = options.reviewBeforeSaving;
  manager.tokenProvider = options.tokenProvider;
  manager.store = options.store;
  if (options.roles.length > 0) manager.roles = [...options.roles];
  root.replaceChildren(manager);
  return manager;
}

/** The active tab moved to another customer while the panel shows one: offer to switch, never switch by itself. */
export function offerCustomerSwitch(bar: HTMLElement, customerId: CustomerId | null, current: CustomerId | null, onSwitch: (customerId: CustomerId) => void): void {
  if (customerId === null || current === null || customerId === current) {
    bar.replaceChildren();
    bar.hidden = true;
    return;
  }
  const text = element('span', msg('The active tab shows another customer.'));
  bar.replaceChildren(text, button(msg('Switch to that customer'), () => onSwitch(customerId)));
  bar.hidden = false;
}
