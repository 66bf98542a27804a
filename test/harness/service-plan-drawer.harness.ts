/** The service-plan drawer in the admin's verbs: is it open, which plans are on, turn one off, Done / Cancel. */
import type { LmServicePlanDrawer } from '../../src/components/service-plan-drawer/service-plan-drawer.js';
import { accessibleName } from './a11y.js';
import { Harness } from './harness.js';

export class ServicePlanDrawerHarness extends Harness<LmServicePlanDrawer> {
  dialog(): HTMLDialogElement {
    const dialog = this.root.querySelector('dialog');
    if (!dialog) throw new Error('no <dialog>');
    return dialog;
  }

  isOpen(): boolean {
    return this.dialog().open && this.dialog().matches(':modal');
  }

  title(): string {
    return accessibleName(this.dialog());
  }

  planBox(planName: string): HTMLInputElement {
    return this.get('checkbox', planName) as HTMLInputElement;
  }

  plansOn(): string[] {
    return this.all('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => accessibleName(box));
  }

  groups(): string[] {
    return this.all('group').map((group) => accessibleName(group));
  }

  containsFocus(): boolean {
    const focused = this.focused();
    return focused !== null && this.dialog().contains(focused);
  }
}
