/**
 * The three contexts <license-manager> provides (view state, locale, config), consumed for a leaf component in one
 * place. Each change requests a host update. `locale` is never missing: a leaf rendered without a root formats in
 * English. `viewChanged` stands in for `changed.has('view')`: true in `willUpdate` when a new view state arrived
 * since the last update, cleared once the update is done.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { ViewState } from '../../session/view-state.js';
import { configContext, localeContext, viewStateContext, type UiConfig } from '../context.js';
import type { LocaleInfo } from '../../i18n/localization.js';
import { localeInfo } from '../../i18n/format.js';

export class ViewContextController implements ReactiveController {
  private readonly viewConsumer: ContextConsumer<typeof viewStateContext, ReactiveControllerHost & HTMLElement>;
  private readonly localeConsumer: ContextConsumer<typeof localeContext, ReactiveControllerHost & HTMLElement>;
  private readonly configConsumer: ContextConsumer<typeof configContext, ReactiveControllerHost & HTMLElement>;
  private seenView: ViewState | undefined = undefined;
  private newView = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    // The consumers request the host update themselves, on every value a provider sends.
    this.viewConsumer = new ContextConsumer(host, {
      context: viewStateContext,
      subscribe: true,
      callback: (view) => {
        if (view !== this.seenView) this.newView = true;
        this.seenView = view;
      },
    });
    this.localeConsumer = new ContextConsumer(host, { context: localeContext, subscribe: true });
    this.configConsumer = new ContextConsumer(host, { context: configContext, subscribe: true });
    host.addController(this);
  }

  get view(): ViewState | undefined {
    return this.viewConsumer.value;
  }

  get locale(): LocaleInfo {
    return this.localeConsumer.value ?? localeInfo('en');
  }

  get config(): UiConfig | undefined {
    return this.configConsumer.value;
  }

  /** Whether a different view state arrived since the host last updated. */
  get viewChanged(): boolean {
    return this.newView;
  }

  hostUpdated(): void {
    this.newView = false;
  }
}
