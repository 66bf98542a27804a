/**
 * The options form as plain DOM: fill it from settings, read and check it, show problems next to their fields.
 * No browser API here, so it is tested in an ordinary page.
 */
import { isBackendKind, normalizeBaseUrl, validateBaseUrl, validateCustomerId, type Settings } from '../platform/settings.js';

export interface OptionsValues {
  readonly settings: Settings;
  /** Empty when the admin cleared it. */
  readonly token: string;
}

export type CheckedField = 'baseUrl' | 'customerId';

export interface FieldProblem {
  readonly field: CheckedField;
  readonly message: string;
}

export type ReadResult = { readonly ok: true; readonly values: OptionsValues } | { readonly ok: false; readonly problems: readonly FieldProblem[] };

const PROBLEM_IDS: Readonly<Record<CheckedField, string>> = { baseUrl: 'base-url-problem', customerId: 'customer-id-problem' };

function control<T extends HTMLInputElement | HTMLSelectElement>(form: HTMLFormElement, name: string, kind: new () => T): T {
  const element = form.elements.namedItem(name);
  if (!(element instanceof kind)) throw new Error(`The settings form has no field "${name}".`);
  return element;
}

export function fillOptionsForm(form: HTMLFormElement, values: OptionsValues): void {
  control(form, 'backend', HTMLSelectElement).value = values.settings.backend;
  control(form, 'baseUrl', HTMLInputElement).value = values.settings.baseUrl;
  control(form, 'customerId', HTMLInputElement).value = values.settings.customerId;
  control(form, 'token', HTMLInputElement).value = values.token;
}

export function readOptionsForm(form: HTMLFormElement): ReadResult {
  const backend = control(form, 'backend', HTMLSelectElement).value;
  const baseUrl = control(form, 'baseUrl', HTMLInputElement).value;
  const customerId = control(form, 'customerId', HTMLInputElement).value;
  const token = control(form, 'token', HTMLInputElement).value.trim();
  const problems: FieldProblem[] = [];
  const baseUrlProblem = validateBaseUrl(baseUrl);
  if (baseUrlProblem) problems.push({ field: 'baseUrl', message: baseUrlProblem });
  const customerProblem = validateCustomerId(customerId);
  if (customerProblem) problems.push({ field: 'customerId', message: customerProblem });
  if (problems.length > 0 || !isBackendKind(backend)) return { ok: false, problems };
  return {
    ok: true,
    values: { settings: { backend, baseUrl: normalizeBaseUrl(baseUrl), customerId: customerId.trim().toLowerCase() }, token },
  };
}

/** Marks each field with its problem (or clears it) and returns the first invalid field to focus. */
export function showProblems(form: HTMLFormElement, problems: readonly FieldProblem[]): HTMLInputElement | null {
  let first: HTMLInputElement | null = null;
  for (const field of ['baseUrl', 'customerId'] as const) {
    const input = control(form, field, HTMLInputElement);
    const note = form.querySelector<HTMLElement>(`#${PROBLEM_IDS[field]}`);
    const problem = problems.find((candidate) => candidate.field === field);
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
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
