/**
 * The origin a client used to reach the server, for absolute links (Graph `@odata.nextLink`). Behind a TLS proxy
 * the socket sees plain HTTP, so the proxy's X-Forwarded-Proto / X-Forwarded-Host win when trusted (the default
 * for this local test backend); otherwise the Host header over http.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** The first value of a possibly repeated, comma-joined header (the client-most proxy's). */
function firstValue(value: string | readonly string[] | undefined): string | undefined {
  const joined = Array.isArray(value) ? value.join(',') : (value as string | undefined);
  const first = joined?.split(',')[0]?.trim();
  return first === '' ? undefined : first;
}

const SCHEME = /^https?$/i;
/** A host with an optional port, IPv6 in brackets: nothing that could add a path, user info or another URL part. */
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

export function requestOrigin(headers: IncomingHttpHeaders, trustForwarded: boolean): string {
  const ownHost = headers.host !== undefined && HOST.test(headers.host) ? headers.host : 'localhost';
  if (!trustForwarded) return `http://${ownHost}`;
  const proto = firstValue(headers['x-forwarded-proto']);
  const host = firstValue(headers['x-forwarded-host']);
  const scheme = proto !== undefined && SCHEME.test(proto) ? proto.toLowerCase() : 'http';
  return `${scheme}://${host !== undefined && HOST.test(host) ? host : ownHost}`;
}
