// Hierarchical Action Plan numbers (1, 1.1, 1.2, 2 …).

/** `1.2` → `0001.0002`: sorts numerically as a plain string, so it can be indexed. */
export function sortKeyOf(number: string): string {
  return number
    .split('.')
    .map((n) => n.padStart(4, '0'))
    .join('.');
}
