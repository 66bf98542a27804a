/**
 * When each user's licenses were last read (from a users list that brings them, a license read, or a write the
 * service confirmed), so each user is read once: "Manage licenses" reads only the selected users whose licenses
 * are not known or were read too long ago.
 */
import type { Paging } from '../core/paging.js';
import type { TenantUser, UserId } from '../core/types.js';
import type { SessionModel } from './session-model.js';

/** Licenses read longer ago than this are read again before the licenses step shows them. */
export const LICENSES_FRESH_MS = 10 * 60_000;

export function markRead(model: SessionModel, userIds: Iterable<UserId>, at: number): SessionModel {
  let next: Map<UserId, number> | null = null;
  for (const userId of userIds) {
    if ((next ?? model.licensesReadAt).get(userId) === at) continue;
    next ??= new Map(model.licensesReadAt);
    next.set(userId, at);
  }
  return next ? { ...model, licensesReadAt: next } : model;
}

/** The users whose licenses must be read before they are shown: never read, or read too long ago. */
export function needsRead(model: SessionModel, userIds: Iterable<UserId>, now: number): UserId[] {
  const stale: UserId[] = [];
  for (const userId of userIds) {
    const readAt = model.licensesReadAt.get(userId);
    if (readAt === undefined || now - readAt > LICENSES_FRESH_MS) stale.push(userId);
  }
  return stale;
}

/**
 * After a read of pages: the users of the pages it kept are known as of `readAt` when the list brings licenses, and
 * users of pages dropped since `before` who are neither selected nor still on a kept page are forgotten (their rows
 * are gone; reading them again marks them again). So a walk past 100,000 users leaves no trace of them here.
 */
export function keptPagesRead(model: SessionModel, before: Paging<TenantUser>, readAt: number): SessionModel {
  const { paging, selection } = model;
  const fresh = paging.kept.filter((page) => !before.kept.some((old) => old.items === page.items));
  const marked = model.listsLicenses === true ? markRead(model, fresh.flatMap((page) => page.items.map((user) => user.id)), readAt) : model;
  const onPages = new Set(paging.kept.flatMap((page) => page.items.map((user) => user.id)));
  let next: Map<UserId, number> | null = null;
  for (const page of before.kept) {
    if (paging.kept.some((now) => now.items === page.items)) continue;
    for (const { id } of page.items) {
      if (onPages.has(id) || selection.users.has(id) || !(next ?? marked.licensesReadAt).has(id)) continue;
      next ??= new Map(marked.licensesReadAt);
      next.delete(id);
    }
  }
  return next ? { ...marked, licensesReadAt: next } : marked;
}
