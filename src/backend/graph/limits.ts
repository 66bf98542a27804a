/** Graph's limits, known before the adapter's own chunk loads (the executor and the session read them at once). */

/** The largest users page (`$top` 1–999). */
export const MAX_USERS_TOP = 999;

/** Sub-requests in one `$batch`. */
export const MAX_BATCH_SIZE = 20;
