/**
 * How a user has a license, where the service says (Graph's group-based licensing; Partner Center cannot tell):
 * held directly, inherited through groups, or both, and whether licensing could apply it.
 */
import type { HeldLicense, LicenseGroup, UnusableUnits } from './types.js';

/**
 * Whether the user holds the license. A license listed only because a group's assignment of it failed
 * (state "Error") is not held: it uses no unit and gives no service.
 */
export function isHeld(license: HeldLicense): boolean {
  const source = license.source;
  return source === undefined || source.direct || source.groups.length > 0;
}

/** Groups the user holds the license through; removing it from the user leaves it held through these. */
export function inheritedThrough(license: HeldLicense | undefined): readonly LicenseGroup[] {
  return license?.source?.groups ?? [];
}

/** Held only through groups: it cannot be removed from the user (the service refuses). */
export function onlyInherited(license: HeldLicense | undefined): boolean {
  const source = license?.source;
  return source !== undefined && !source.direct && source.groups.length > 0;
}

/** Units that cannot be assigned, when there are any (products without them carry nothing extra). */
export function unusableUnits(warning: number, suspended: number, lockedOut: number): UnusableUnits | undefined {
  return warning > 0 || suspended > 0 || lockedOut > 0 ? { warning, suspended, lockedOut } : undefined;
}
