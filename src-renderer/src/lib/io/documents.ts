// One entry to the document writers, for the Worker that runs them (../workers/documents.worker.ts)
// and for running them in place where there is no Worker (the unit tests in Node).
import type { DocxDocument } from './docx';
import type { XlsxSheet } from './xlsx';

export type DocumentJob = { kind: 'xlsx'; sheets: XlsxSheet[] } | { kind: 'docx'; doc: DocxDocument };

export type DocumentResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string };

export async function writeDocument(job: DocumentJob): Promise<DocumentResult> {
  try {
    const bytes = job.kind === 'xlsx' ? await (await import('./xlsx')).toXlsx(job.sheets) : await (await import('./docx')).toDocx(job.doc);
    return { ok: true, bytes: new Uint8Array(bytes) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
