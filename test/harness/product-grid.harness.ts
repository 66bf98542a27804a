/** The products table in the admin's verbs: toggle a product, read its state, its description, its holders. */
import type { LmProductGrid } from '../../src/components/product-grid/product-grid.js';
import { accessibleDescription, accessibleName, checkState, textOf } from './a11y.js';
import { Harness } from './harness.js';

export class ProductGridHarness extends Harness<LmProductGrid> {
  productBox(productName: string): HTMLInputElement {
    return this.get('checkbox', productName) as HTMLInputElement;
  }

  stateOf(productName: string): 'checked' | 'unchecked' | 'mixed' {
    return checkState(this.productBox(productName));
  }

  descriptionOf(productName: string): string {
    return accessibleDescription(this.productBox(productName));
  }

  async toggleProduct(productName: string): Promise<void> {
    this.productBox(productName).click();
    await this.settle();
  }

  /** Space on the focused checkbox, as a keyboard user cycles it. */
  async toggleProductWithSpace(productName: string): Promise<void> {
    await this.press(this.productBox(productName), 'Space');
  }

  holdersButton(productName: string): HTMLElement {
    return this.get('button', `Assigned ${productName}`);
  }

  /** The popover the "Assigned" button controls (found through popovertarget, as the browser does). */
  holdersPopover(productName: string): HTMLElement {
    const id = this.holdersButton(productName).getAttribute('popovertarget') ?? '';
    const popover = this.root.getElementById(id);
    if (!popover) throw new Error(`No popover for ${productName}`);
    return popover;
  }

  isHoldersOpen(productName: string): boolean {
    return this.holdersPopover(productName).matches(':popover-open');
  }

  holdersOf(productName: string): string[] {
    return Array.from(this.holdersPopover(productName).querySelectorAll('li')).map((item) => textOf(item).trim());
  }

  table(): HTMLTableElement {
    return this.get('table', 'Products') as HTMLTableElement;
  }

  findingsAlert(): HTMLElement | null {
    return this.query('alert');
  }

  nameOf(element: Element): string {
    return accessibleName(element);
  }
}
