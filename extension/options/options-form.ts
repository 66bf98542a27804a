/**
 * The options form as plain DOM: fill it from settings, read and check it, show problems next to their fields.
 * No browser API here, so it is tested in an ordinary page.
 */
import { normalizeAddress } from '../../src/core/setting-checks.js';
import { isBackendKind, SETTING_CHECKS, type CheckedField, type Settings } from '../platform/settings.js';
import { problemWords } from './problem-words.js';

export interface OptionsValues {
  readonly settings: Settings;
  /** Empty when the admin cleared it. */
  readonly token: string;
}

export interface FieldProblem {
  readonly field: CheckedField;
  readonly message: string;
}

export type ReadResult = { readonly ok: true; readonly values: OptionsValues } | { readonly ok: false; readonly problems: readonly FieldProblem[] };

const PROBLEM_IDS: Readonly<Record<CheckedField, string>> = {
  baseUrl: 'base-url-problem',
  customerId: 'customer-id-problem',
  authority: 'authority-problem',
  clientId: 'client-id-problem',
  tenant: 'tenant-problem',
};

function control<T extends HTMLInputElement | HTMLSelectElement>(form: HTMLFormElement, name: string, kind: new () => T): T {
  const element = form.elements.namedItem(name);
  if (!(element instanceof kind)) throw new Error(`The settings form has no field "${name}".`);
  return element;
}

const FIELDS = Object.keys(PROBLEM_IDS) as CheckedField[];

export function fillOptionsForm(form: HTMLFormElement, values: OptionsValues): void {
  control(form, 'backend', HTMLSelectElement).value = values.settings.backend;
  control(form, 'baseUrl', HTMLInputElement).value = values.settings.baseUrl;
  control(form, 'customerId', HTMLInputElement).value = values.settings.customerId;
  control(form, 'authority', HTMLInputElement).value = values.settings.authority;
  control(form, 'clientId', HTMLInputElement).value = values.settings.clientId;
  control(form, 'tenant', HTMLInputElement).value = values.settings.tenant;
  control(form, 'token', HTMLInputElement).value = values.token;
  control(form, 'reviewBeforeSaving', HTMLInputElement).checked = values.settings.reviewBeforeSaving;
  // The access token is the advanced way in: its section shows open only while one is set.
  const tokenDetails = form.querySelector<HTMLDetailsElement>('details#token-details');
  if (tokenDetails) tokenDetails.open = values.token !== '';
}

export function readOptionsForm(form: HTMLFormElement): ReadResult {
  const backend = control(form, 'backend', HTMLSelectElement).value;
  const token = control(form, 'token', HTMLInputElement).value.trim();
  const value = (field: CheckedField): string => control(form, field, HTMLInputElement).value;
  const problems: FieldProblem[] = [];
  for (const field of FIELDS) {
    const problem = SETTING_CHECKS[field](value(field));
    if (problem) problems.push({ field, message: problemWords(field, problem) });
  }
  if (problems.length > 0 || !isBackendKind(backend)) return { ok: false, problems };
  const settings: Settings = {
    backend,
    baseUrl: normalizeAddress(value('baseUrl')),
    customerId: value('customerId').trim().toLowerCase(),
    authority: normalizeAddress(value('authority')),
    clientId: value('clientId').trim().toLowerCase(),
    tenant: value('tenant').trim().toLowerCase(),
    reviewBeforeSaving: control(form, 'reviewBeforeSaving', HTMLInputElement).checked,
  };
  return { ok: true, values: { settings, token } };
}

/** Marks each field with its problem (or clears it) and returns the first invalid field to focus. */
export function showProblems(form: HTMLFormElement, problems: readonly FieldProblem[]): HTMLInputElement | null {
  let first: HTMLInputElement | null = null;
  for (const field of FIELDS) {
    const input = control(form, field, HTMLInputElement);
    const note = form.querySelector<HTMLElement>(`#${PROBLEM_IDS[field]}`);
    const problem = problems.find((candidate) => candidate.field === field);
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
      // A problem in the advanced sign-in fields must not stay hidden in a closed section.
      const section = input.closest('details');
      if (section) section.open = true;
      first ??= input;
    } else {
      input.removeAttribute('aria-invalid');
    }
    if (note) {
      note.textContent = problem?.message ?? '';
      note.hidden = !problem;
    }
  }
  return first;
}
