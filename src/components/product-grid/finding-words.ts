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

/** What is wrong, without the product it is about (the row or the summary item already names it). */
export function findingText(finding: Finding, context: FindingWordsContext): string {
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
  }
}

export function affectedUsersText(count: number, numbers: Intl.NumberFormat): string {
  return count === 1 ? msg('Affects 1 user') : msg(str`Affects ${numbers.format(count)} users`);
}
