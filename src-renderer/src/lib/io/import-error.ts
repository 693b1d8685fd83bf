// Why a file was refused as a whole. The UI turns the code into a message in the user's
// language; `line` points into the file where the reader can tell.
export type ImportErrorCode = 'empty' | 'too-large' | 'encoding' | 'not-icalendar' | 'truncated' | 'no-events' | 'malformed';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    detail: string,
    readonly line?: number,
  ) {
    super(`${code}: ${detail}`);
  }
}
