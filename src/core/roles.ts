/**
 * Who may change licenses. Role names as Partner Center and the reference server send them; the words shown
 * to the admin belong to the UI.
 */
import type { AgentRole } from './types.js';

export const LICENSE_CHANGING_ROLES: readonly AgentRole[] = Object.freeze([
  'AdminAgent', 'GlobalAdmin', 'HelpdeskAgent', 'SalesAgent', 'UserManagementAdmin',
]);

const CHANGING = new Set(LICENSE_CHANGING_ROLES.map((role) => role.toLowerCase()));

/** Role names compare case-insensitively: services differ in casing ("adminagent", "AdminAgent"). */
export function canChangeLicenses(roles: readonly AgentRole[]): boolean {
  return roles.some((role) => CHANGING.has(role.trim().toLowerCase()));
}

/** The roles that do allow changes, in a stable order, for "ask someone with one of these roles". */
export function rolesThatCanChange(): readonly AgentRole[] {
  return LICENSE_CHANGING_ROLES;
}

/** Why the view is read-only because of roles, or null when the agent may change licenses. */
export function readOnlyByRole(roles: readonly AgentRole[]): { readonly kind: 'role'; readonly roles: readonly string[] } | null {
  return canChangeLicenses(roles) ? null : { kind: 'role', roles: [...roles] };
}
