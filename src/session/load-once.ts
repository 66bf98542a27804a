/** A part of the session that loads on first use (a chunk in the widget): later calls share the load in flight. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  // A failed load is tried again on the next call.
  return () => (loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  }));
}
