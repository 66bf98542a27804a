/** Graph's largest users page (`$top` 1–999); known before the adapter's own chunk loads. */
export const MAX_USERS_TOP = 999;
