/**
 * The four states of something the session loads (after @lit/task): not asked yet, on its way (maybe with an
 * older value shown meanwhile), here (live, or from the cache with its age), or failed (still showing what was on
 * screen, cached data with its age included: offline, the admin keeps seeing the last known state).
 */
import type { ViewError } from './view-state.js';

export type LoadState<T> =
  | { readonly status: 'initial' }
  | { readonly status: 'pending'; readonly value: T | null; readonly cachedAt: number | null }
  | { readonly status: 'complete'; readonly value: T; readonly cachedAt: number | null }
  | { readonly status: 'error'; readonly error: ViewError; readonly value: T | null; readonly cachedAt: number | null };

export const INITIAL: LoadState<never> = Object.freeze({ status: 'initial' });

/** The value to show, whatever the state (a failed refresh keeps showing what was there). */
export function valueOf<T>(state: LoadState<T>): T | null {
  return state.status === 'initial' ? null : state.value;
}

export function pending<T>(previous: LoadState<T>): LoadState<T> {
  const value = valueOf(previous);
  const cachedAt = cachedAtOf(previous);
  return { status: 'pending', value, cachedAt };
}

export function complete<T>(value: T, cachedAt: number | null = null): LoadState<T> {
  return { status: 'complete', value, cachedAt };
}

export function failed<T>(previous: LoadState<T>, error: ViewError): LoadState<T> {
  return { status: 'error', error, value: valueOf(previous), cachedAt: cachedAtOf(previous) };
}

/** The three statuses the view shows: a value on screen counts as ready even while it refreshes. */
export function viewStatus<T>(state: LoadState<T>): 'loading' | 'ready' | 'error' {
  if (state.status === 'error') return 'error';
  if (state.status === 'complete') return 'ready';
  return state.status === 'pending' && state.value !== null ? 'ready' : 'loading';
}

export function cachedAtOf<T>(state: LoadState<T>): number | null {
  return state.status === 'initial' ? null : state.cachedAt;
}

export function errorOf<T>(state: LoadState<T>): ViewError | null {
  return state.status === 'error' ? state.error : null;
}
