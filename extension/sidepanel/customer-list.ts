/**
 * The customers the signed-in partner may manage: GET {baseUrl}/v1/customers (Partner Center's customer
 * collection), for the picker shown when neither the tab nor the settings name a customer.
 */
import type { CustomerId } from '../../src/core/types.js';

export interface CustomerChoice {
  readonly id: CustomerId;
  readonly companyName: string;
  readonly domain: string;
}

export class CustomerListError extends Error {
  override readonly name = 'CustomerListError';
  constructor(
    readonly kind: 'unauthorized' | 'forbidden' | 'network' | 'http' | 'malformed',
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface CustomerListRequest {
  readonly baseUrl: string;
  readonly token: string;
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
}

export async function fetchCustomers(request: CustomerListRequest): Promise<CustomerChoice[]> {
  const doFetch = request.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(`${request.baseUrl.replace(/\/+$/, '')}/v1/customers`, {
      headers: { Authorization: `Bearer ${request.token}`, Accept: 'application/json', 'MS-CorrelationId': crypto.randomUUID() },
      ...(request.signal ? { signal: request.signal } : {}),
    });
  } catch (error) {
    throw new CustomerListError('network', `The backend at ${request.baseUrl} did not answer (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (response.status === 401) throw new CustomerListError('unauthorized', 'The access token was not accepted. Enter a new one in the settings.', 401);
  if (response.status === 403) throw new CustomerListError('forbidden', 'This account may not list customers.', 403);
  if (!response.ok) throw new CustomerListError('http', `Listing customers failed with HTTP ${response.status}.`, response.status);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new CustomerListError('malformed', 'The customer list was not JSON.');
  }
  return parseCustomers(body);
}

/** Reads Partner Center's Collection<Customer>; entries without an id are an error, a missing name falls back to the domain. */
export function parseCustomers(body: unknown): CustomerChoice[] {
  if (!isRecord(body) || !Array.isArray(body['items'])) throw new CustomerListError('malformed', 'The customer list has no "items".');
  return body['items'].map((item: unknown, index) => {
    if (!isRecord(item) || typeof item['id'] !== 'string' || item['id'] === '') {
      throw new CustomerListError('malformed', `Customer items[${index}] has no "id".`);
    }
    const profile = isRecord(item['companyProfile']) ? item['companyProfile'] : {};
    const domain = typeof profile['domain'] === 'string' ? profile['domain'] : '';
    const companyName = typeof profile['companyName'] === 'string' && profile['companyName'] !== '' ? profile['companyName'] : domain || item['id'];
    return { id: item['id'], companyName, domain };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
