/**
 * When each user's licenses were last read (from a users list that brings them, a license read, or a write the
 * service confirmed), so each user is read once: "Manage licenses" reads only the selected users whose licenses
 * are not known or were read too long ago.
 */
import type { UserId } from '../core/types.js';
import type { SessionModel } from './session-model.js';

/** Licenses read longer ago than this are read again before the licenses step shows them. */
export const LICENSES_FRESH_MS = 10 * 60_000;

/** Only users the session holds a record of are marked: the time says how fresh that record's licenses are. */
export function markRead(model: SessionModel, userIds: Iterable<UserId>, at: number): SessionModel {
  let next: Map<UserId, number> | null = null;
  for (const userId of userIds) {
    if (!model.users.has(userId) || (next ?? model.licensesReadAt).get(userId) === at) continue;
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
