/** Typed failures of the stores, so the session can word them for the admin instead of showing a DOMException. */
export type StoreErrorKind = 'quota' | 'closed' | 'unavailable' | 'not-found';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isQuotaError(error: unknown): boolean {
  if (error instanceof StoreError) return error.kind === 'quota';
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/** Turns IndexedDB's own errors into StoreErrors; other errors pass through unchanged. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) return new StoreError('quota', 'Browser storage is full.', { cause: error });
  if (error instanceof DOMException && error.name === 'InvalidStateError') {
    return new StoreError('closed', 'The database connection was closed.', { cause: error });
  }
  return error;
}
