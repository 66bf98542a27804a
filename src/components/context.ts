/**
 * Context keys, provided once by <license-manager>. Symbol keys keep two copies of the widget on one page apart.
 */
import { createContext } from '@lit/context';
import type { LocaleInfo } from '../i18n/localization.js';
import type { Clock } from './controllers/clock.js';
import type { ViewState } from '../session/view-state.js';

export interface UiConfig {
  /** Where "Buy more" leads when the host does not handle lm-buy-more itself. */
  readonly buyMoreUrl: string | null;
  readonly pageSizes: readonly number[];
  /** Time for announcements and the stalled-job tick; the real clock when absent (tests hand in their own). */
  readonly clock?: Clock;
}

export const viewStateContext = createContext<ViewState>(Symbol('lm.view-state'));
export const localeContext = createContext<LocaleInfo>(Symbol('lm.locale'));
export const configContext = createContext<UiConfig>(Symbol('lm.config'));
