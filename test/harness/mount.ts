/**
 * The one way component tests put a part on the page: its tag defined once, rendered inside a test host that
 * provides the view state, the locale and the UI config, with a harness to drive it by role and name.
 */
import { expect } from '@open-wc/testing';
import type { UiConfig } from '../../src/components/context.js';
import type { ViewState } from '../../src/session/view-state.js';
import { config as defaultConfig, locale } from '../components/fixtures.js';
import { mountInHost, type Mounted } from './test-host.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** Defines a custom element unless this page already has the tag (test files share one registry). */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

export interface Part {
  readonly tag: string;
  readonly element: CustomElementConstructor;
}

export interface MountOptions {
  readonly config?: UiConfig;
  /** Other parts rendered beside it in the same host (the drawer needs the grid). */
  readonly beside?: readonly Part[];
}

/** Mounts `part` with `state`, and adds what `extras` builds from the element (its harness). */
export async function mount<T extends Updating, X extends object>(
  part: Part,
  state: ViewState,
  extras: (element: T) => X,
  options: MountOptions = {},
): Promise<Mounted<T> & X> {
  for (const each of [part, ...(options.beside ?? [])]) defineOnce(each.tag, each.element);
  const mounted = await mountInHost<T>(part.tag, { state, locale, config: options.config ?? defaultConfig }, (options.beside ?? []).map((each) => each.tag));
  return { ...mounted, ...extras(mounted.element) };
}

/** The first test of every part: mounted as `mounted` does it, axe finds nothing to report. */
export function itIsAccessible(mounted: () => Promise<{ readonly element: Element }>): void {
  it('is accessible', async () => {
    const { element } = await mounted();
    await expect(element).to.be.accessible();
  });
}
