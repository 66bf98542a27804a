/**
 * A polite live region owned by one component, rate-limited so screen readers hear milestones, not a stream:
 * at most one message per `minIntervalMs`; messages arriving in between are coalesced and only the latest is spoken
 * when the interval has passed; a message equal to the last one spoken is dropped.
 * The host places `announcer.render()` once in its template (the region must exist before it changes).
 * When the UI language changes the region is emptied: what it held was said in the old language.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { realClock, type Clock } from './clock.js';

export interface AnnouncerOptions {
  readonly minIntervalMs?: number;
  /** Where time comes from, asked when needed (the UI config context may supply one after construction). */
  readonly clock?: () => Clock | undefined;
}

export class AnnouncerController implements ReactiveController {
  private spoken = '';
  private lastAt = Number.NEGATIVE_INFINITY;
  private pending: string | null = null;
  private cancelTimer: (() => void) | undefined;
  private readonly minIntervalMs: number;
  private readonly clock: () => Clock;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: AnnouncerOptions = {},
  ) {
    this.minIntervalMs = options.minIntervalMs ?? 1500;
    this.clock = () => options.clock?.() ?? realClock;
    host.addController(this);
  }

  /** The text currently in the live region. */
  get message(): string {
    return this.spoken;
  }

  announce(text: string): void {
    const message = text.trim();
    if (message === '' || (message === this.spoken && this.pending === null)) return;
    const wait = this.lastAt + this.minIntervalMs - this.clock().now();
    if (wait <= 0 && this.cancelTimer === undefined) {
      this.speak(message);
      return;
    }
    this.pending = message;
    this.cancelTimer ??= this.clock().after(Math.max(wait, 0), () => this.flush());
  }

  hostConnected(): void {
    window.addEventListener(LOCALE_STATUS_EVENT, this.onLocaleStatus);
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_STATUS_EVENT, this.onLocaleStatus);
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.pending = null;
  }

  private readonly onLocaleStatus = (event: WindowEventMap[typeof LOCALE_STATUS_EVENT]): void => {
    if (event.detail.status !== 'ready' || (this.spoken === '' && this.pending === null)) return;
    this.pending = null;
    this.spoken = '';
    this.host.requestUpdate();
  };

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.spoken}</div>`;
  }

  private flush(): void {
    this.cancelTimer = undefined;
    const message = this.pending;
    this.pending = null;
    if (message !== null && message !== this.spoken) this.speak(message);
  }

  private speak(message: string): void {
    this.spoken = message;
    this.lastAt = this.clock().now();
    this.host.requestUpdate();
  }
}
