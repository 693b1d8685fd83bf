// Why an import file could not be read at all (as opposed to a row with a bad value, which
// the preview shows with its row and column). Actions turn the code into a message.
export type ImportErrorCode = 'empty' | 'not-text' | 'unreadable' | 'too-many-rows' | 'too-many-columns' | 'not-xlsx';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    /** The file's line or row (1 = the first), where one is to blame. */
    readonly row?: number,
  ) {
    super(`import: ${code}${row ? ` at row ${row}` : ''}`);
  }
}
