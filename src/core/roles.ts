/**
 * Who may change licenses. Role names as Partner Center and the reference server send them; the words shown
 * to the admin belong to the UI.
 */
import type { AgentRole } from './types.js';

export const LICENSE_CHANGING_ROLES: readonly AgentRole[] = Object.freeze([
  'AdminAgent', 'GlobalAdmin', 'HelpdeskAgent', 'SalesAgent', 'UserManagementAdmin',
]);

const CHANGING = new Set(LICENSE_CHANGING_ROLES.map((role) => role.toLowerCase()));

/** Roles that may change users (here: their usage location): Partner Center admin agents, Entra user admins. */
export const USER_CHANGING_ROLES: readonly AgentRole[] = Object.freeze(['AdminAgent', 'GlobalAdmin', 'UserManagementAdmin', 'LicenseAdmin']);

const USER_CHANGING = new Set(USER_CHANGING_ROLES.map((role) => role.toLowerCase()));

export function canChangeUsers(roles: readonly AgentRole[]): boolean {
  return roles.some((role) => USER_CHANGING.has(role.trim().toLowerCase()));
}

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

/** Entra directory role template ids (the `wids` claim) of the roles License Manager knows, as role names. */
const DIRECTORY_ROLES: Readonly<Record<string, AgentRole>> = {
  '62e90394-69f5-4237-9190-012177145e10': 'GlobalAdmin',
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'UserManagementAdmin',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8': 'HelpdeskAgent',
  '4d6ac14f-3453-41d0-bef9-a3e0c569773a': 'LicenseAdmin',
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451': 'GlobalReader',
};

/** Role names for the directory role ids a token carries; ids of other roles stay ids (they grant no changes). */
export function rolesFromDirectoryRoleIds(ids: readonly string[]): AgentRole[] {
  return ids.map((id) => DIRECTORY_ROLES[id.toLowerCase()] ?? id);
}
