/** Pre-flight findings in the admin's words. Product and place names are data inserted into whole sentences. */
import { msg, str } from '@lit/localize';
import type { Finding, SkuId } from '../../core/types.js';
import { formatAlternatives, formatList, formatLocation } from '../../i18n/format.js';
import type { UiLanguage } from '../../i18n/localization.js';

export interface FindingWordsContext {
  readonly language: UiLanguage;
  readonly numbers: Intl.NumberFormat;
  readonly productNames: ReadonlyMap<SkuId, string>;
}

export function productName(skuId: SkuId, names: ReadonlyMap<SkuId, string>): string {
  return names.get(skuId) ?? skuId;
}

/**
 * What is wrong, without the product it is about (the row or the summary item already names it).
 * `shownOn` is the product row the text stands in: a finding also shows on the other product it involves
 * (the exclusive one, the required one), and there it names the finding's product instead of itself.
 */
export function findingText(finding: Finding, context: FindingWordsContext, shownOn: SkuId = finding.skuId): string {
  if (shownOn !== finding.skuId && finding.otherSkuIds.includes(shownOn)) return fromOtherSide(finding, context, shownOn);
  const others = (format: typeof formatList) =>
    format(context.language, finding.otherSkuIds.map((id) => productName(id, context.productNames)));
  const count = finding.userIds.length;
  switch (finding.kind) {
    case 'not-enough-licenses': {
      if (finding.needed === undefined || finding.available === undefined) return msg('Not enough licenses');
      const needed = context.numbers.format(finding.needed);
      const available = context.numbers.format(finding.available);
      return msg(str`Not enough licenses: ${needed} needed, ${available} available`);
    }
    case 'usage-location-missing':
      return count === 1
        ? msg('1 user has no usage location')
        : msg(str`${context.numbers.format(count)} users have no usage location`);
    case 'unavailable-in-location': {
      const places = formatList(context.language, (finding.locations ?? []).map((code) => formatLocation(context.language, code)));
      return places === '' ? msg("Not available in some users' locations") : msg(str`Not available in ${places}`);
    }
    case 'missing-requirement': {
      const needs = others(formatAlternatives);
      return needs === '' ? msg('Needs another product as well') : msg(str`Needs ${needs} as well`);
    }
    case 'breaks-requirement': {
      const dependents = others(formatList);
      return dependents === '' ? msg('Another product still needs it') : msg(str`Still needed by ${dependents}`);
    }
    case 'mutually-exclusive': {
      const exclusive = others(formatAlternatives);
      return exclusive === '' ? msg("Can't be held together with another product") : msg(str`Can't be held together with ${exclusive}`);
    }
    case 'subscription-suspended':
      return subscriptionText(finding.capabilityStatus);
    case 'inherited-from-group': {
      const groups = formatList(context.language, finding.groupNames ?? []);
      return msg(str`Inherited from group ${groups}: remove the user from the group to remove the license`);
    }
    case 'kept-through-group': {
      const groups = formatList(context.language, finding.groupNames ?? []);
      return msg(str`Only the direct assignment is removed: the license stays through group ${groups}`);
    }
  }
}

function subscriptionText(status: string | undefined): string {
  switch (status) {
    case 'LockedOut':
      return msg("Can't be assigned: the subscription is locked out");
    case 'Deleted':
      return msg("Can't be assigned: the subscription was deleted");
    default:
      return msg("Can't be assigned: the subscription is suspended");
  }
}

/** The finding as read on the row of one of its other products. */
function fromOtherSide(finding: Finding, context: FindingWordsContext, shownOn: SkuId): string {
  const subject = productName(finding.skuId, context.productNames);
  switch (finding.kind) {
    case 'missing-requirement':
      return msg(str`Needed by ${subject}`);
    case 'breaks-requirement':
      return msg(str`Needs ${subject}, which is being removed`);
    case 'mutually-exclusive': {
      const exclusive = formatAlternatives(context.language, [finding.skuId, ...finding.otherSkuIds.filter((id) => id !== shownOn)]
        .map((id) => productName(id, context.productNames)));
      return msg(str`Can't be held together with ${exclusive}`);
    }
    default:
      return findingText(finding, context);
  }
}

export function affectedUsersText(count: number, numbers: Intl.NumberFormat): string {
  return count === 1 ? msg('Affects 1 user') : msg(str`Affects ${numbers.format(count)} users`);
}
