/** A stable commerce subscription id for a SKU the fixture gives none for (Graph `subscribedSku.subscriptionIds`). */
import { createHash } from 'node:crypto';

export function subscriptionIdFor(customerId: string, skuId: string): string {
  const hex = createHash('sha256').update(`subscription:${customerId}:${skuId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
