/**
 * A native modal <dialog> whose being open lives in the view state: it opens (showModal) when the state says open
 * and closes when the state says closed. Every way out the admin takes (Escape, Cancel) is reported through
 * `closed`, so the session can say closed too; a close the state asked for is not reported back. Focus returns to
 * what opened it, or to `fallback` when that is gone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement, returnFocus } from '../focus.js';

export interface StateDialogOptions {
  readonly dialog: () => HTMLDialogElement | null | undefined;
  /** Whether the state wants the dialog open. */
  readonly wanted: () => boolean;
  /** The admin closed it. */
  readonly closed: () => void;
  readonly fallback?: () => HTMLElement | null;
}

export class StateDialogController implements ReactiveController {
  /** Whether the dialog is open as far as this controller knows (the state may have changed since). */
  private shown = false;
  private closingFromState = false;
  private opener: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost, private readonly options: StateDialogOptions) {
    host.addController(this);
  }

  /** The state wants the dialog open and it is not yet: the host starts its form afresh. */
  get opening(): boolean {
    return this.options.wanted() && !this.shown;
  }

  hostUpdated(): void {
    const dialog = this.options.dialog();
    const wanted = this.options.wanted();
    if (!dialog || wanted === this.shown) return;
    this.shown = wanted;
    if (wanted) {
      this.opener = deepActiveElement();
      dialog.showModal();
    } else if (dialog.open) {
      this.closingFromState = true;
      dialog.close();
    }
  }

  /** The dialog's `close` event: every way out ends here. */
  readonly onClose = (): void => {
    if (this.closingFromState) this.closingFromState = false;
    else {
      this.shown = false;
      this.options.closed();
    }
    // Focus still on a control of the closed dialog is as good as lost.
    const active = deepActiveElement();
    if (active !== null && this.options.dialog()?.contains(active)) active.blur();
    returnFocus(this.opener, this.options.fallback);
    this.opener = null;
  };
}
