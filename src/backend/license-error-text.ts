/**
 * Licensing failures have no reliable codes (Partner Center has one, 60012; Graph answers `Request_BadRequest`
 * for all of them), so the kind is read from the service's words. Matched loosely: the wording varies.
 * Order matters: "not available in the usage location" must win over "invalid usage location".
 */
import type { FailureKind } from '../core/types.js';

const PATTERNS: readonly (readonly [FailureKind, RegExp])[] = [
  ['not-enough-licenses', /CountViolation|LicenseQuotaExceeded|does not have any (more )?available licen[cs]es|run out of licen[cs]es|not enough licen[cs]es|no (more )?available licen[cs]es/i],
  ['unavailable-in-location', /ProhibitedInUsageLocation|(not available|not allowed|prohibited|unavailable|not offered) (in|for) (the |this |that |user'?s? )*(usage )?(location|country)/i],
  ['usage-location-missing', /invalid usage ?location|usage ?location (is )?(missing|not set|required|empty|invalid)|(without|no|missing) (a |an )?usage ?location/i],
  ['mutually-exclusive', /MutuallyExclusiveViolation|mutually exclusive|cannot be assigned (at the same time|together)/i],
  ['dependency', /DependencyViolation|depends on|dependent (service )?plan|requires? (the )?(service plan|prerequisite)/i],
  ['uniqueness', /UniquenessViolation|proxy ?address/i],
  ['inherited-from-group', /LicenseInheritedFromGroup|inherited from a group/i],
];

/** The licensing kind the text describes, or null when it names none of them. */
export function licenseKindFromText(...texts: readonly (string | undefined)[]): FailureKind | null {
  for (const [kind, pattern] of PATTERNS) {
    if (texts.some((text) => text !== undefined && pattern.test(text))) return kind;
  }
  return null;
}
