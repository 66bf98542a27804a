/** Remembers the last inputs and result of one computation. */
export function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A): R => {
    if (lastArgs === null || args.length !== lastArgs.length || args.some((arg, i) => !Object.is(arg, lastArgs![i]))) {
      last = compute(...args);
      lastArgs = args;
    }
    return last;
  };
}
