/** What the session's parts (users, licenses, jobs) share: the backend, the store, and the model with its update. */
import type { LicenseBackend } from '../backend/backend.js';
import type { LicenseStore } from '../store/store.js';
import type { SessionModel } from './session-model.js';
import { isAbort, toViewError } from './view-error.js';
import type { ViewError } from './view-state.js';

export interface SessionCore {
  readonly backend: LicenseBackend;
  readonly store: LicenseStore | null;
  readonly now: () => number;
  model(): SessionModel;
  update(change: (model: SessionModel) => SessionModel): void;
  /** Tells the host (the root fires lm-error); the view shows the error through the state. */
  report(error: ViewError): void;
}

/** Puts a failure on screen as the session's notice and tells the host (which fires lm-error). */
export function showNotice(core: SessionCore, error: ViewError): void {
  core.update((model) => ({ ...model, notice: error }));
  core.report(error);
}

/**
 * A read that failed: its slice of the model keeps what it showed, with the error (`put`), and the host is told.
 * A read given up on purpose (aborted: a newer one replaced it) says nothing.
 */
export function loadFailed(core: SessionCore, error: unknown, signal: AbortSignal, put: (model: SessionModel, error: ViewError) => SessionModel): void {
  if (signal.aborted || isAbort(error)) return;
  const viewError = toViewError(error);
  core.update((model) => put(model, viewError));
  core.report(viewError);
}
