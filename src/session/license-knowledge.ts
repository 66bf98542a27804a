/**
 * When each user's licenses were last read (from a users list that brings them, a license read, or a write the
 * service confirmed), so each user is read once: "Manage licenses" reads only the selected users whose licenses
 * are not known or were read too long ago.
 */
import type { Paging } from '../core/paging.js';
import type { UserId } from '../core/types.js';
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
 * After a read of pages: the users of the pages it kept (new since `before`) are known as of `readAt` when the list
 * brings licenses. Users of pages dropped are forgotten with their record, when the users map is pruned
 * (users-map.ts `pruneUsers`): a walk past 100,000 users leaves no trace of them here.
 */
export function keptPagesRead(model: SessionModel, before: Paging<UserId>, readAt: number): SessionModel {
  if (model.listsLicenses !== true) return model;
  const fresh = model.paging.kept.filter((page) => !before.kept.some((old) => old.items === page.items));
  return markRead(model, fresh.flatMap((page) => page.items), readAt);
}
