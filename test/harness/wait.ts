/**
 * The one wait of the tests: until a condition holds, or fail saying what never happened. Bounded in time, not in
 * tries, so a loaded machine gets the same patience as an idle one.
 */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
