/** How a user is named in a pasted list: a principal name or an object id, both compared without case. */
import { isGuid } from './setting-checks.js';
import type { TenantUser, UserId } from './types.js';

/** How entries are compared: principal names and ids are both case-insensitive in the directory. */
export function entryKey(entry: string): string {
  return entry.trim().toLowerCase();
}

export function isObjectId(entry: string): boolean {
  return isGuid(entry.trim());
}

/** The users a list names, each once in the list's order, and the entries no user answers to, as given. */
export function matchEntries(entries: readonly string[], found: Iterable<TenantUser>): { users: TenantUser[]; unknown: string[] } {
  const byKey = new Map<string, TenantUser>();
  for (const user of found) {
    byKey.set(entryKey(user.id), user);
    byKey.set(entryKey(user.userPrincipalName), user);
  }
  const users = new Map<UserId, TenantUser>();
  const unknown: string[] = [];
  for (const entry of entries) {
    const user = byKey.get(entryKey(entry));
    if (user === undefined) unknown.push(entry);
    else users.set(user.id, user);
  }
  return { users: [...users.values()], unknown };
}
