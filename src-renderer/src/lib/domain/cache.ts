// Remembering the answers of a pure function that is called with the same arguments again and
// again (dates formatted for every row of a year, each time the programme renders), and
// telling when work already done can stand (the same items as last time).

/**
 * `fn`, remembering its answers by `key(...args)`. At most `size` answers are kept; past that
 * the memory starts again empty, which keeps it bounded without bookkeeping per call.
 */
export function memoize<A extends unknown[], R>(key: (...args: A) => string, fn: (...args: A) => R, size = 10_000): (...args: A) => R {
  const answers = new Map<string, R>();
  return (...args: A): R => {
    const k = key(...args);
    const known = answers.get(k);
    if (known !== undefined || answers.has(k)) return known as R;
    if (answers.size >= size) answers.clear();
    const answer = fn(...args);
    answers.set(k, answer);
    return answer;
  };
}

/** The same items in the same order (by identity): what was built from `a` still stands for `b`. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
