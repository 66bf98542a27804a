/** Why the check before saving holds a user back, as the reason their outcome and the review show. */
import type { FailureKind, FailureReason, Finding, FindingKind, UserOperation } from './types.js';

const HELD_BACK_KIND: Readonly<Record<FindingKind, FailureKind>> = {
  'not-enough-licenses': 'not-enough-licenses',
  'usage-location-missing': 'usage-location-missing',
  'unavailable-in-location': 'unavailable-in-location',
  'missing-requirement': 'dependency',
  'breaks-requirement': 'dependency',
  'mutually-exclusive': 'mutually-exclusive',
  'inherited-from-group': 'inherited-from-group',
  // Never per-user (blocking, or a note): listed for completeness.
  'subscription-suspended': 'other',
  'kept-through-group': 'other',
};

/** Why a held-back user is not sent: the first per-user finding that names them. */
export function heldBackReason(findings: readonly Finding[], operation: UserOperation): FailureReason {
  const finding = findings.find((f) => f.severity === 'per-user' && f.userIds.includes(operation.userId));
  const kind = finding ? HELD_BACK_KIND[finding.kind] : 'other';
  if (finding?.kind !== 'mutually-exclusive') return { kind, message: '', notSent: true };
  // The products of the pair this user was not getting, so the reason names them as the finding does.
  const assigned = new Set(operation.assign.map((assignment) => assignment.skuId));
  const others = [finding.skuId, ...finding.otherSkuIds].filter((id) => !assigned.has(id));
  return { kind, message: '', notSent: true, otherSkuIds: others.length > 0 ? others : finding.otherSkuIds };
}
