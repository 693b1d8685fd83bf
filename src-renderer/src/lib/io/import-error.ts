// Why an import file could not be read at all (as opposed to a row or an event with a bad
// value, which the preview shows with its row and column). Actions turn the code into a
// message in the user's language.
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'encoding'
  | 'not-text'
  | 'unreadable'
  | 'malformed'
  | 'truncated'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'not-xlsx'
  | 'not-icalendar'
  | 'no-events'
  | 'too-many-events'
  | 'too-slow';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    /** The file's line or row (1 = the first), where one is to blame. */
    readonly row?: number,
    detail?: string,
  ) {
    super(`import: ${code}${row ? ` at row ${row}` : ''}${detail ? ` (${detail})` : ''}`);
  }
}
