/**
 * Turns whatever a backend or store call threw into a ViewError the UI can word. Never throws itself.
 */
import { BackendError } from '../backend/errors.js';
import type { ViewError } from './view-state.js';

export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && (error as { name: unknown }).name === 'AbortError';
}

export function toViewError(error: unknown, fallback: ViewError['kind'] = 'other'): ViewError {
  if (error instanceof BackendError) {
    const detail = [error.httpStatus === undefined ? '' : `HTTP ${error.httpStatus}`, error.serviceCode === undefined ? '' : String(error.serviceCode)]
      .filter(Boolean)
      .join(' ');
    return {
      kind: error.kind,
      message: error.message,
      ...(detail ? { detail } : {}),
      ...(error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}),
    };
  }
  // fetch rejects with a TypeError when the network is down or CORS refuses.
  if (error instanceof TypeError) return { kind: 'network', message: error.message };
  if (error instanceof Error) return { kind: fallback, message: error.message };
  return { kind: fallback, message: String(error) };
}

/** A 403: the agent may not do this (a 401 is an expired token, which is not a role question). */
export function isForbidden(error: unknown): error is BackendError {
  return error instanceof BackendError && error.kind === 'forbidden' && error.httpStatus !== 401;
}
