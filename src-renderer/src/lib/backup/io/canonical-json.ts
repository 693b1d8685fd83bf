// Canonical JSON: object keys sorted (UTF-16 code-unit order, as IndexedDB sorts strings),
// no whitespace, `undefined` members left out. The same data always gives the same bytes, so
// a SHA-256 over them identifies the content of a backup or of a whole database. Pure.

function write(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify turns NaN and ±Infinity into null and -0 into 0, as JSON.parse reads them back.
    return value === undefined ? 'null' : JSON.stringify(value);
  }
  // A Date (none is stored today) writes as its ISO text, as JSON.stringify would.
  if (value instanceof Date) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => write(item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (record[key] !== undefined) members.push(`${JSON.stringify(key)}:${write(record[key])}`);
  }
  return `{${members.join(',')}}`;
}

export function canonicalJson(value: unknown): string {
  return write(value);
}

/** Lower-case hex SHA-256 of UTF-8 text (Web Crypto: the page, a Worker, and Node 20 have it). */
export async function sha256Hex(text: string | Uint8Array): Promise<string> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Rows in primary-key order: what a canonical dump of a table holds. */
export function sortByKey<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
