// Spreadsheets and Word documents are written in a Worker, so that a long list or a 1,500-item
// status report never holds up the page. Where there is no Worker (the unit tests in Node)
// the same writer runs in place.
import type { DocumentJob, DocumentResult } from '../io/documents';
import type { DocxDocument } from '../io/docx';
import type { XlsxSheet } from '../io/xlsx';
import { runWorker } from '../workers/run';

async function write(job: DocumentJob): Promise<Uint8Array> {
  const result =
    typeof Worker === 'undefined'
      ? await (await import('../io/documents')).writeDocument(job)
      : await runWorker<DocumentResult>(new Worker(new URL('../workers/documents.worker.ts', import.meta.url), { type: 'module' }), job);
  if (!result.ok) throw new Error(result.message);
  return result.bytes;
}

export function writeXlsx(sheets: XlsxSheet[]): Promise<Uint8Array> {
  return write({ kind: 'xlsx', sheets });
}

export function writeDocx(doc: DocxDocument): Promise<Uint8Array> {
  return write({ kind: 'docx', doc });
}
