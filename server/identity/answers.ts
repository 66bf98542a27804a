/** What an identity endpoint answers: JSON, a page, or a redirect back to the app. */
import type { Reply } from '../http-types.js';

export interface IdentityRequest {
  readonly method: string;
  /** e.g. /organizations/oauth2/v2.0/authorize */
  readonly path: string;
  readonly query: URLSearchParams;
  /** The form body of a POST (application/x-www-form-urlencoded); empty otherwise. */
  readonly form: URLSearchParams;
  /** e.g. http://127.0.0.1:4010: the authority the app talks to. */
  readonly origin: string;
}

export type IdentityAnswer =
  | { readonly kind: 'json'; readonly reply: Reply }
  | { readonly kind: 'html'; readonly status: number; readonly html: string }
  | { readonly kind: 'redirect'; readonly location: string };

export function json(reply: Reply): IdentityAnswer {
  return { kind: 'json', reply };
}

export function html(status: number, page: string): IdentityAnswer {
  return { kind: 'html', status, html: page };
}

/** Back to the app's redirect URI with these parameters in the query (response_mode=query, as for code). */
export function redirectTo(redirectUri: URL, parameters: Record<string, string | null>): IdentityAnswer {
  const target = new URL(redirectUri);
  for (const [name, value] of Object.entries(parameters)) if (value !== null) target.searchParams.set(name, value);
  return { kind: 'redirect', location: target.href };
}
