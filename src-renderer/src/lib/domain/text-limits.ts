// How long a typed text may be, the same for every form and every import: a line of text (a
// name, a title, a place, a position) and a long text (notes). Error messages state the limit.
import type { Text } from './types';

/** The longest line of text any field takes. */
export const TEXT_LIMIT = 300;
/** The longest notes any field takes. */
export const LONG_TEXT_LIMIT = 10_000;

/** Whether a text, in either language, is longer than `limit` characters. */
export function tooLong(text: Text | string | undefined, limit: number = TEXT_LIMIT): boolean {
  if (text === undefined) return false;
  return typeof text === 'string' ? text.length > limit : text.en.length > limit || text.ru.length > limit;
}
