/**
 * Which agent roles may change licenses, and how roles appear as Entra directory roles on Graph.
 * Read-only roles (e.g. BillingAdmin, or any role not listed) get 403 on every write.
 */
const LICENSE_WRITERS: ReadonlySet<string> = new Set([
  'AdminAgent',
  'HelpdeskAgent',
  'SalesAgent',
  'GlobalAdmin',
  'UserManagementAdmin',
  'LicenseAdmin',
]);

export function mayChangeLicenses(role: string): boolean {
  return LICENSE_WRITERS.has(role);
}

/** Changing a user (here its usage location) takes an admin agent or an Entra user or license administrator. */
const USER_WRITERS: ReadonlySet<string> = new Set(['AdminAgent', 'GlobalAdmin', 'UserManagementAdmin', 'LicenseAdmin']);

export function mayChangeUsers(role: string): boolean {
  return USER_WRITERS.has(role);
}

export interface DirectoryRole {
  readonly displayName: string;
  readonly roleTemplateId: string;
}

const GLOBAL_ADMIN: DirectoryRole = { displayName: 'Global Administrator', roleTemplateId: '62e90394-69f5-4237-9190-012177145e10' };
const USER_ADMIN: DirectoryRole = { displayName: 'User Administrator', roleTemplateId: 'fe930be7-5e62-47db-91af-98c3a49a38b1' };
const HELPDESK_ADMIN: DirectoryRole = { displayName: 'Helpdesk Administrator', roleTemplateId: '729827e3-9c14-49f7-bb1b-9608f156bbb8' };
const LICENSE_ADMIN: DirectoryRole = { displayName: 'License Administrator', roleTemplateId: '4d6ac14f-3453-41d0-bef9-a3e0c569773a' };
const GLOBAL_READER: DirectoryRole = { displayName: 'Global Reader', roleTemplateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451' };

export function directoryRoleFor(role: string): DirectoryRole {
  switch (role) {
    case 'GlobalAdmin':
      return GLOBAL_ADMIN;
    case 'UserManagementAdmin':
    case 'AdminAgent':
    case 'SalesAgent':
      return USER_ADMIN;
    case 'HelpdeskAgent':
      return HELPDESK_ADMIN;
    case 'LicenseAdmin':
      return LICENSE_ADMIN;
    default:
      return GLOBAL_READER;
  }
}
