/**
 * Whether a user's licenses already are what an operation would make them: every assigned product held with
 * exactly the same plans turned off, every removed product absent. Used after an answer was lost, so an
 * operation the service did carry out is not sent twice.
 */
import type { HeldLicense, UserOperation } from '../types.js';

export function licensesMatchTarget(held: readonly HeldLicense[], operation: UserOperation): boolean {
  // Licenses cannot confirm a usage-location change; setting it again is harmless.
  if (operation.usageLocation !== undefined) return false;
  const bySku = new Map<string, HeldLicense>();
  for (const license of held) bySku.set(license.skuId, license);
  for (const skuId of operation.remove) {
    if (bySku.has(skuId)) return false;
  }
  for (const assignment of operation.assign) {
    const license = bySku.get(assignment.skuId);
    if (!license || !samePlans(license.disabledPlans, assignment.disabledPlans)) return false;
  }
  return true;
}

function samePlans(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map(normalise));
  const right = new Set(b.map(normalise));
  if (left.size !== right.size) return false;
  for (const plan of left) if (!right.has(plan)) return false;
  return true;
}

/** Service plan ids are GUIDs; the services do not agree on letter case. */
function normalise(id: string): string {
  return id.toLowerCase();
}
