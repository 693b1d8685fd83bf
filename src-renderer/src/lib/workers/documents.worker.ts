// Writes spreadsheets (.xlsx) and Word documents (.docx) off the main thread: the page sends
// the tables as plain data and gets the file's bytes back, their buffer transferred. Runs in:
// a dedicated Worker, one per file.
import { writeDocument, type DocumentJob, type DocumentResult } from '../io/documents';

self.onmessage = (event: MessageEvent<DocumentJob>) => {
  void writeDocument(event.data).then((result: DocumentResult) =>
    self.postMessage(result, { transfer: result.ok ? [result.bytes.buffer] : [] }),
  );
};
