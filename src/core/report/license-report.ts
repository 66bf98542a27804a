/**
 * The license report: every user of the customer × every product they hold, then a summary per product. Written a
 * page of users at a time (the session streams the directory), through the formula-guarded CSV of core/csv.ts.
 */
import { BYTE_ORDER_MARK, csvLine } from '../csv.js';
import { isHeld } from '../licenses.js';
import type { HeldLicense, Product, SkuId, TenantUser } from '../types.js';

export type ReportUserHeader = readonly [
  displayName: string, userPrincipalName: string, usageLocation: string, product: string, skuPartNumber: string, assignedThrough: string,
  disabledPlans: string,
];
export type ReportSummaryHeader = readonly [product: string, skuPartNumber: string, total: string, assigned: string, available: string, holders: string];

/** The words of the file, in the admin's UI language. */
export interface ReportWords {
  readonly userHeader: ReportUserHeader;
  readonly summaryHeader: ReportSummaryHeader;
  /** "Assigned through" for a license assigned to the user directly (groups are named by their display names). */
  readonly direct: string;
}

export const ENGLISH_REPORT_WORDS: ReportWords = {
  userHeader: ['Display name', 'User principal name', 'Usage location', 'Product', 'SKU', 'Assigned through', 'Disabled service plans'],
  summaryHeader: ['Product', 'SKU', 'Total', 'Assigned', 'Available', 'Users in this report'],
  direct: 'Direct',
};

/**
 * Writes the report in parts: `start()` once, `users(page)` for each page as it arrives, `end()` once. A user who
 * holds nothing still has one row (with no product), so the report lists every user of the customer.
 */
export class LicenseReportWriter {
  private readonly products: ReadonlyMap<SkuId, Product>;
  private readonly holders = new Map<SkuId, number>();
  private usersWritten = 0;
  private rowsWritten = 0;

  constructor(
    products: readonly Product[],
    private readonly words: ReportWords = ENGLISH_REPORT_WORDS,
  ) {
    this.products = new Map(products.map((product) => [product.skuId, product]));
  }

  get userCount(): number {
    return this.usersWritten;
  }

  get rowCount(): number {
    return this.rowsWritten;
  }

  start(): string {
    return BYTE_ORDER_MARK + csvLine(this.words.userHeader);
  }

  users(page: readonly TenantUser[]): string {
    let text = '';
    for (const user of page) {
      this.usersWritten++;
      const person = [user.displayName, user.userPrincipalName, user.usageLocation ?? ''] as const;
      // An assignment that failed (group-based licensing) is listed by the service but not held.
      const held = user.licenses.filter(isHeld);
      if (held.length === 0) {
        this.rowsWritten++;
        text += csvLine([...person, '', '', '', '']);
        continue;
      }
      for (const license of held) {
        this.rowsWritten++;
        this.holders.set(license.skuId, (this.holders.get(license.skuId) ?? 0) + 1);
        text += csvLine([...person, ...this.licenseCells(license)]);
      }
    }
    return text;
  }

  /** A blank line, then one line per product of the customer with its units and how many listed users hold it. */
  end(): string {
    let text = CSV_BLANK_LINE + csvLine(this.words.summaryHeader);
    for (const product of this.products.values()) {
      text += csvLine([
        product.displayName, product.skuPartNumber, String(product.totalUnits), String(product.consumedUnits), String(product.availableUnits),
        String(this.holders.get(product.skuId) ?? 0),
      ]);
    }
    return text;
  }

  private licenseCells(license: HeldLicense): readonly [string, string, string, string] {
    const product = this.products.get(license.skuId);
    const planName = (planId: string) => product?.servicePlans.find((plan) => plan.id === planId)?.displayName ?? planId;
    return [product?.displayName ?? license.skuId, product?.skuPartNumber ?? '', this.assignedThrough(license), license.disabledPlans.map(planName).join('; ')];
  }

  /** Directly, through which groups, or both; empty where the service does not say (Partner Center). */
  private assignedThrough(license: HeldLicense): string {
    const { source } = license;
    if (source === undefined) return '';
    return [...(source.direct ? [this.words.direct] : []), ...source.groups.map((group) => group.displayName)].join('; ');
  }
}

const CSV_BLANK_LINE = csvLine([]);
