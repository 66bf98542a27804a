/**
 * A tiny stand-in for <license-manager> in component tests: provides the three contexts, records every part event,
 * and lets a test play the session's part (`on('lm-product-change', ...)` then set a new `state`).
 */
import { ReactiveElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { fixture, html } from '@open-wc/testing';
import type { ViewState } from '../../src/session/view-state.js';
import { configContext, localeContext, viewStateContext, type UiConfig } from '../../src/components/context.js';
import type { LocaleInfo } from '../../src/i18n/localization.js';
import { PART_EVENT_NAMES, type PartEvent, type PartEventDetails, type PartEventName } from '../../src/components/events.js';

export interface RecordedEvent<K extends PartEventName = PartEventName> {
  readonly type: K;
  readonly detail: PartEventDetails[K];
}

export class LmTestHost extends ReactiveElement {
  readonly recorded: RecordedEvent[] = [];
  private readonly stateProvider = new ContextProvider(this, { context: viewStateContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly configProvider = new ContextProvider(this, { context: configContext });

  constructor() {
    super();
    for (const type of PART_EVENT_NAMES) {
      this.addEventListener(type, (event: Event) => {
        this.recorded.push({ type, detail: (event as PartEvent<typeof type>).detail });
      });
    }
  }

  // Children render in the light DOM; the host draws nothing itself.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get state(): ViewState {
    return this.stateProvider.value;
  }
  set state(value: ViewState) {
    this.stateProvider.setValue(value);
  }
  set locale(value: LocaleInfo) {
    this.localeProvider.setValue(value);
  }
  set config(value: UiConfig) {
    this.configProvider.setValue(value);
  }

  /** Events of one type, in order. */
  events<K extends PartEventName>(type: K): PartEventDetails[K][] {
    return this.recorded.filter((event): event is RecordedEvent<K> => event.type === type).map((event) => event.detail);
  }

  /** Plays the session: handle an intent (typically by setting a new `state`). */
  on<K extends PartEventName>(type: K, handler: (detail: PartEventDetails[K], event: PartEvent<K>) => void): void {
    this.addEventListener(type, (event: Event) => handler((event as PartEvent<K>).detail, event as PartEvent<K>));
  }
}

export const testHostTag = 'lm-test-host';
if (!customElements.get(testHostTag)) customElements.define(testHostTag, LmTestHost);

export interface Mounted<T extends HTMLElement> {
  readonly host: LmTestHost;
  readonly element: T;
}

/** Renders `tags` (first one returned) inside a test host that provides the given contexts. */
export async function mountInHost<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
  contexts: { state: ViewState; locale: LocaleInfo; config: UiConfig },
  extraTags: readonly string[] = [],
): Promise<Mounted<T>> {
  const host = await fixture<LmTestHost>(html`<lm-test-host .state=${contexts.state} .locale=${contexts.locale} .config=${contexts.config}></lm-test-host>`);
  const element = document.createElement(tag) as T;
  host.append(element);
  for (const extra of extraTags) host.append(document.createElement(extra));
  await element.updateComplete;
  for (const child of Array.from(host.children)) await (child as HTMLElement & { updateComplete?: Promise<boolean> }).updateComplete;
  return { host, element };
}
