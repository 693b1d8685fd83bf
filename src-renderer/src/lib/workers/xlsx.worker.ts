// Reads an imported workbook off the main thread: the page sends the file's bytes and gets
// the first sheet back as a table, or the reason it was refused. A workbook that unpacks too
// large or parses too long never holds up the page, and the page ends this Worker when its
// time limit passes (lib/workers/run.ts). Runs in: a dedicated Worker, one per file.
import { ImportError } from '../io/import-error';
import { readXlsxTable, type XlsxResult } from '../io/xlsx-read';

self.onmessage = (event: MessageEvent<Uint8Array>) => {
  void readXlsxTable(event.data)
    .then(
      (table): XlsxResult => ({ ok: true, table }),
      (error: unknown): XlsxResult =>
        error instanceof ImportError
          ? { ok: false, code: error.code, detail: error.message }
          : { ok: false, code: 'not-xlsx', detail: error instanceof Error ? error.message : 'unreadable' },
    )
    .then((result) => self.postMessage(result));
};
