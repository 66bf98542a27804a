/**
 * A user's licenses after the service carried out an operation: removed products gone, assigned products held
 * with exactly the plans the operation turned off. What both services answer for a successful write (Graph
 * returns the user, Partner Center what it applied), so a confirmed write needs no second read. A write changes
 * only the direct assignment: what the user holds through groups stays as it was.
 */
import type { HeldLicense, UserOperation } from './types.js';

export function licensesAfter(held: readonly HeldLicense[], operation: UserOperation): readonly HeldLicense[] {
  const key = (skuId: string): string => skuId.toLowerCase();
  const removed = new Set(operation.remove.map(key));
  const assigned = new Map(operation.assign.map((assignment) => [key(assignment.skuId), assignment]));
  const after: HeldLicense[] = [];
  for (const license of held) {
    const source = license.source;
    const assignment = assigned.get(key(license.skuId));
    if (assignment !== undefined) {
      assigned.delete(key(license.skuId));
      after.push({ skuId: assignment.skuId, disabledPlans: [...assignment.disabledPlans], ...(source ? { source: { ...source, direct: true } } : {}) });
    } else if (!removed.has(key(license.skuId))) after.push(license);
    // Removed from the user, still held through a group (or a failed group assignment the service still reports).
    else if (source && (source.groups.length > 0 || source.problems.length > 0)) after.push({ ...license, source: { ...source, direct: false } });
  }
  for (const assignment of assigned.values()) after.push({ skuId: assignment.skuId, disabledPlans: [...assignment.disabledPlans] });
  return after;
}
