// The register of decisions as a table, for the XLSX and DOCX exports: one row per entry in
// the order the register shows them, with words in the document's language given by the
// caller (labels), so this file stays pure.
import type { DocxDocument } from './docx';
import type { XlsxSheet } from './xlsx';
import type { IsoDate } from '../domain/types';

export interface RegisterRow {
  reference: string;
  title: string;
  kind: string;
  body: string;
  session: string;
  adoptedOn?: IsoDate;
  /** The date as the document language writes it (DOCX). */
  adoptedText: string;
  status: string;
}

export interface RegisterLabels {
  sheet: string;
  title: string;
  columns: [reference: string, title: string, kind: string, body: string, session: string, adopted: string, status: string];
  letterhead: string[];
  language: string;
  pageLabel: string;
}

export function registerSheet(rows: readonly RegisterRow[], labels: RegisterLabels): XlsxSheet {
  return {
    name: labels.sheet,
    header: [...labels.columns],
    rows: rows.map((r) => [r.reference, r.title, r.kind, r.body, r.session, r.adoptedOn ? { day: r.adoptedOn } : null, r.status]),
    widths: [26, 48, 14, 18, 36, 12, 12],
  };
}

export function registerDocx(rows: readonly RegisterRow[], labels: RegisterLabels): DocxDocument {
  return {
    letterhead: labels.letterhead,
    title: labels.title,
    landscape: true,
    language: labels.language,
    pageLabel: labels.pageLabel,
    sections: [
      {
        table: {
          header: [...labels.columns],
          rows: rows.map((r) => [r.reference, r.title, r.kind, r.body, r.session, r.adoptedText, r.status]),
          widths: [16, 30, 9, 10, 20, 9, 8],
        },
      },
    ],
  };
}
