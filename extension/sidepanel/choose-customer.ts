/** Which customer the panel opens: the active tab's, else the one in the settings, else the admin picks one. */
import type { CustomerId } from '../../src/core/types.js';
import { isCustomerId } from '../platform/settings.js';

export type CustomerSource =
  | { readonly kind: 'tab'; readonly customerId: CustomerId }
  | { readonly kind: 'settings'; readonly customerId: CustomerId }
  | { readonly kind: 'pick' };

export function chooseCustomer(fromTab: CustomerId | null, fromSettings: CustomerId): CustomerSource {
  if (fromTab !== null && isCustomerId(fromTab)) return { kind: 'tab', customerId: fromTab.toLowerCase() };
  if (isCustomerId(fromSettings)) return { kind: 'settings', customerId: fromSettings.toLowerCase() };
  return { kind: 'pick' };
}
