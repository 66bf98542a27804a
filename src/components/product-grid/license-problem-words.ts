/** A license that licensing could not (fully) apply, on the user it concerns, in plain words. */
import { msg, str } from '@lit/localize';
import type { LicenseErrorKind } from '../../core/types.js';
import type { LicenseProblemRow } from '../../session/view-state.js';

function reasonText(error: LicenseErrorKind): string {
  switch (error) {
    case 'CountViolation': return msg('not enough licenses');
    case 'MutuallyExclusiveViolation': return msg("can't be held together with another of the user's products");
    case 'DependencyViolation': return msg("needs a product the user doesn't have");
    case 'ProhibitedInUsageLocationViolation': return msg("not available in the user's usage location");
    case 'UniquenessViolation': return msg("an email address would clash with another user's");
    case 'Other': return msg("licensing couldn't apply it");
  }
}

export function licenseProblemText(row: LicenseProblemRow): string {
  const name = row.displayName;
  const reason = reasonText(row.problem.error);
  const group = row.problem.group?.displayName;
  if (row.problem.state === 'active-with-error') {
    return group === undefined ? msg(str`${name}: licensed with errors (${reason})`) : msg(str`${name}: licensed through group ${group} with errors (${reason})`);
  }
  return group === undefined ? msg(str`${name}: not licensed (${reason})`) : msg(str`${name}: not licensed through group ${group} (${reason})`);
}
