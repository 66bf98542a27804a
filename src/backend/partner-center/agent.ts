/**
 * The signed-in agent from the reference server's `GET /v1/me` (not a Partner Center call).
 * Shape: `{ displayName | name, roles: string[] }`.
 */
import type { Agent } from '../../core/types.js';
import { asObject, asString, readArray, readOptionalString } from '../parse.js';
import { MalformedResponseError } from '../errors.js';

export function parseAgent(body: unknown): Agent {
  const root = asObject(body, '');
  const name = readOptionalString(root, 'displayName', '') ?? readOptionalString(root, 'name', '');
  if (name === undefined) throw new MalformedResponseError('displayName', 'expected a string, got nothing (missing)');
  return { name, roles: readArray(root, 'roles', '', asString) };
}
