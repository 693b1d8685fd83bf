// Reads an ICS file off the main thread: a calendar of 10,000 events, or a hostile one, never
// holds up the page, and the page stops the worker when it takes longer than the time limit.
// Runs in: a dedicated Worker, one per file read.
import { parseIcs, type IcsRead, type IcsReadOptions } from '../io/ics-import';
import { ImportError, type ImportErrorCode } from '../io/import-error';

export interface IcsReadJob {
  bytes: Uint8Array;
  options: IcsReadOptions;
}

export type IcsReadResult = { ok: true; read: IcsRead } | { ok: false; code: ImportErrorCode; row?: number; detail: string };

function read(job: IcsReadJob): IcsReadResult {
  try {
    return { ok: true, read: parseIcs(job.bytes, job.options) };
  } catch (error) {
    if (error instanceof ImportError)
      return { ok: false, code: error.code, ...(error.row ? { row: error.row } : {}), detail: error.message };
    return { ok: false, code: 'malformed', detail: error instanceof Error ? error.message : String(error) };
  }
}

self.onmessage = (event: MessageEvent<IcsReadJob>) => {
  self.postMessage(read(event.data));
};
