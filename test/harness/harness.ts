/**
 * Base harness (after material-web's testing/harness.ts): knows how to find a component's controls by role and
 * name inside its shadow root, click them, and press real keys; subclasses add the admin's verbs.
 */
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, getByRole, queryAllByRole, queryByRole, type Name } from './a11y.js';

export interface Updatable extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
}

export class Harness<T extends Updatable> {
  constructor(readonly element: T) {}

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error(`${this.element.localName} has no shadow root`);
    return root;
  }

  get(role: string, name?: Name): HTMLElement {
    return getByRole(this.root, role, name);
  }

  query(role: string, name?: Name): HTMLElement | null {
    return queryByRole(this.root, role, name);
  }

  all(role: string, name?: Name): HTMLElement[] {
    return queryAllByRole(this.root, role, name);
  }

  /** Waits for the component (and any context update it caused) to render. */
  async settle(): Promise<void> {
    await this.element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.element.updateComplete;
  }

  async click(role: string, name?: Name): Promise<void> {
    this.get(role, name).click();
    await this.settle();
  }

  /** Focuses the control and presses a real key (through the browser's input pipeline). */
  async press(control: HTMLElement, key: string): Promise<void> {
    control.focus();
    await sendKeys({ press: key });
    await this.settle();
  }

  async pressKey(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.settle();
  }

  focused(): Element | null {
    return deepActiveElement();
  }
}
