// The free text of the data model (DESIGN.md §3): what a user types or an import file brings,
// as opposed to ids, dates, zones, codes and enums, which the app needs as they are. The
// reliability tests put hostile, multilingual or formula-like strings into exactly these.

/** Fields of free text, by name, in any table: plain strings, or bilingual texts (notes, place, text, substituteReason from version 3). */
export const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'notes',
  'place',
  'email',
  'phone',
  'reference',
  'theme',
  'text',
  'given',
  'family',
  'substituteReason',
]);

/** A bilingual `{ en, ru }` text. */
function isBilingual(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { en?: unknown }).en === 'string' && typeof (value as { ru?: unknown }).ru === 'string';
}

type Next = (field: string, of?: string) => string;

function rewrite(value: unknown, next: Next, key: string): unknown {
  if (typeof value === 'string') return FREE_TEXT_FIELDS.has(key) ? next(key) : value;
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  if (isBilingual(value)) return { en: next('en', key), ru: next('ru', key) };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, next, k)]));
}

/**
 * A copy of `row` with every free-text field and both sides of every bilingual text replaced
 * by `next(field, of)`, where `field` is the field's name (`en`/`ru` for bilingual texts, with
 * `of` the bilingual field's own name: `notes`, `title`…).
 */
export function rewriteText<T extends object>(row: T, next: Next): T {
  // Only string values change, so the copy has the row's shape.
  return rewrite(row, next, '') as T;
}
