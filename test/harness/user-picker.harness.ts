/** The user picker in the admin's verbs: search, select a user or the page, page through, switch the view. */
import type { LmUserPicker } from '../../src/components/user-picker/user-picker.js';
import { sendKeys } from '@web/test-runner-commands';
import { checkState } from './a11y.js';
import { Harness } from './harness.js';

export class UserPickerHarness extends Harness<LmUserPicker> {
  searchBox(): HTMLInputElement {
    return this.get('searchbox', 'Search users') as HTMLInputElement;
  }

  async search(text: string): Promise<void> {
    this.searchBox().focus();
    await sendKeys({ type: text });
    await this.settle();
  }

  headerBox(): HTMLInputElement {
    return this.get('checkbox', 'Select all users on this page') as HTMLInputElement;
  }

  headerState(): 'checked' | 'unchecked' | 'mixed' {
    return checkState(this.headerBox());
  }

  userBox(displayName: string): HTMLInputElement {
    return this.get('checkbox', `Select ${displayName}`) as HTMLInputElement;
  }

  async toggleUser(displayName: string): Promise<void> {
    await this.press(this.userBox(displayName), 'Space');
  }

  pageIndicator(): string {
    return this.root.querySelector('.page-indicator')?.textContent?.trim() ?? '';
  }

  liveRegion(): string {
    return this.get('status').textContent?.trim() ?? '';
  }
}
