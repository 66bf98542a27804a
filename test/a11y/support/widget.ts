/**
 * The whole widget as an admin meets it: `<license-manager>` over the session tests' in-memory tenant, in English
 * or Swedish. Tests reach a view through the session (fast, no wording involved), then check that view the way
 * assistive technology and keyboard users meet it.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../widget/license-manager.js';
import type { LicenseManager } from '../../../src/components/license-manager/license-manager.js';
import type { LicenseSession } from '../../../src/session/license-session.js';
import type { ViewState } from '../../../src/session/view-state.js';
import type { LicenseStore } from '../../../src/store/store.js';
import { currentUiLanguage, setUiLanguage, type UiLanguage } from '../../../src/i18n/localization.js';
import { CUSTOMER, tenant } from '../../session/session-fixture.js';
import type { FakeBackend } from '../../session/fake-backend.js';
import { waitFor } from '../../harness/wait.js';

export interface WidgetOptions {
  readonly lang: UiLanguage;
  readonly backend?: FakeBackend;
  readonly roles?: readonly string[] | null;
  /** Cache and job journal (an interrupted job, the history). */
  readonly store?: LicenseStore | null;
}

export class Widget {
  constructor(readonly root: LicenseManager, readonly backend: FakeBackend) {}

  get session(): LicenseSession {
    const session = this.root.licenseSession;
    if (session === null) throw new Error('<license-manager> has no session');
    return session;
  }

  get state(): ViewState {
    return this.session.state;
  }

  /** A part (lm-user-picker, ...) inside the root's shadow root. */
  part(tag: string): HTMLElement & { readonly shadowRoot: ShadowRoot } {
    const element = this.root.shadowRoot?.querySelector(tag);
    if (!(element instanceof HTMLElement) || element.shadowRoot === null) throw new Error(`<${tag}> is not rendered`);
    return element as HTMLElement & { readonly shadowRoot: ShadowRoot };
  }

  hasPart(tag: string): boolean {
    return this.root.shadowRoot?.querySelector(tag) != null;
  }

  /** Waits for the session to be idle and every element to render what it published. */
  async settle(): Promise<void> {
    await this.session.idle();
    for (let round = 0; round < 3; round++) {
      await this.root.partsLoaded();
      await this.root.updateComplete;
      for (const element of deepElements(this.root)) {
        const pending = (element as Partial<{ updateComplete: Promise<boolean> }>).updateComplete;
        if (pending) await pending;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  async until(check: (state: ViewState) => boolean, what: string): Promise<void> {
    await waitFor(() => this.root.licenseSession !== null && check(this.state), what);
    await this.settle();
  }

  /** Selects users by id on the current page (as the row checkboxes would). */
  async select(...userIds: string[]): Promise<void> {
    for (const id of userIds) this.session.toggleUser(id, true);
    await this.settle();
  }

  async toLicenses(): Promise<void> {
    await this.session.setStep('licenses');
    await this.until((state) => state.step === 'licenses' && state.products.status === 'ready', 'products');
  }

  /** Where most plans start: these users selected, on to the licenses step, and these products to be assigned. */
  async plan(userIds: readonly string[], assign: readonly string[]): Promise<void> {
    await this.select(...userIds);
    await this.toLicenses();
    for (const skuId of assign) this.session.changeProduct(skuId, 'assign');
  }

  /** To the licenses step when loading the products is expected to fail. */
  async toLicensesEvenIfFailing(): Promise<void> {
    await this.session.setStep('licenses');
    await this.until((state) => state.step === 'licenses' && state.products.status !== 'loading', 'products or their error');
  }
}

export async function mountWidget(options: WidgetOptions): Promise<Widget> {
  const backend = options.backend ?? tenant();
  const root = await fixture<LicenseManager>(html`<license-manager
    lang=${options.lang}
    customer-id=${CUSTOMER}
    page-size="10"
    .roles=${options.roles ?? null}
    .store=${options.store ?? null}
    .client=${backend}
  ></license-manager>`);
  const widget = new Widget(root, backend);
  await widget.until((state) => state.users.status !== 'loading' && currentUiLanguage() === options.lang, 'the first users page');
  return widget;
}

/** Every element in `root` and in the shadow roots below it, in document order. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot): void => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** Back to English between tests: the UI language is shared by every widget in the page. */
export function resetLanguage(): Promise<void> {
  return setUiLanguage('en');
}
