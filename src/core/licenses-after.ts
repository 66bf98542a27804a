/**
 * A user's licenses after the service carried out an operation: removed products gone, assigned products held
 * with exactly the plans the operation turned off. What both services answer for a successful write (Graph
 * returns the user, Partner Center what it applied), so a confirmed write needs no second read.
 */
import type { HeldLicense, UserOperation } from './types.js';

export function licensesAfter(held: readonly HeldLicense[], operation: UserOperation): readonly HeldLicense[] {
  const removed = new Set([...operation.remove, ...operation.assign.map((assignment) => assignment.skuId)].map((skuId) => skuId.toLowerCase()));
  return [
    ...held.filter((license) => !removed.has(license.skuId.toLowerCase())),
    ...operation.assign.map((assignment) => ({ skuId: assignment.skuId, disabledPlans: [...assignment.disabledPlans] })),
  ];
}
