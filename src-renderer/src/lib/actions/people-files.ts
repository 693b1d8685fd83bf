// People in and out of files: CSV/XLSX export, and the import's first and last steps (read
// a file into a table; write the previewed persons, all or nothing).
import { store } from '../db';
import { commitPersonImport } from '../db/people-writes';
import { PERSON_FIELDS } from '../domain/person-rules';
import { personName, pickText } from '../domain/text';
import type { Fields, Person } from '../domain/types';
import { m } from '../presentation/i18n';
import { parseCsv, toCsv, type Delimiter, type Table } from '../io/csv';
import { ImportError } from '../io/import-error';
import type { TextEncodingName } from '../io/text-encoding';
import type { XlsxResult } from '../io/xlsx-read';
import { peopleRows } from '../io/people-table';
import type { ImportResolution } from '../io/persons-import-duplicates';
import { personFieldName } from '../presentation/people-labels';
import { platform } from '../platform';
import { runWorker, WorkerTimeoutError } from '../workers/run';
import { locale } from '../state/locale.svelte';
import { toasts } from '../state/toasts.svelte';
import { fileSlug, saveExport } from './files';
import { openOrganizationId } from './organization';
import { takeSnapshot } from '../backup/actions/snapshots';
import { writeXlsx } from './documents';

async function sortedPeople(): Promise<{ persons: Person[]; partyName: (id: string) => string }> {
  const lang = locale.lang;
  const organizationId = openOrganizationId();
  const [persons, parties] = await Promise.all([
    store().persons.ofOrganization(organizationId),
    store().parties.ofOrganization(organizationId),
  ]);
  const names = new Map(parties.map((p) => [p.id, pickText(p.short, lang)]));
  const collator = new Intl.Collator(lang);
  persons.sort((a, b) => collator.compare(personName(a.names, lang, 'family-given'), personName(b.names, lang, 'family-given')));
  return { persons, partyName: (id) => names.get(id) ?? '' };
}

export async function exportPeople(format: 'csv' | 'xlsx', delimiter: Delimiter = ','): Promise<void> {
  const { persons, partyName } = await sortedPeople();
  const header = PERSON_FIELDS.map((f) => personFieldName(f));
  const rows = peopleRows(persons, partyName);
  const name = `${fileSlug(m.people_file_name())}.${format}`;
  if (format === 'csv') await saveExport(name, 'csv', toCsv(header, rows, delimiter));
  else await saveExport(name, 'xlsx', await writeXlsx([{ name: m.people_heading(), header, rows, widths: header.map(() => 22) }]));
}

export interface ImportFile extends Table {
  name: string;
  kind: 'csv' | 'xlsx';
  /** For CSV: what was detected, shown to the user. */
  encoding?: TextEncodingName;
  /** For CSV: false when the encoding was a close guess, which the user is asked to check. */
  encodingSure?: boolean;
  delimiter?: string;
  /** For CSV: the file itself, read again when the user chooses another encoding. */
  bytes?: Uint8Array;
}

/** A CSV file read again in the encoding the user chose. */
export function rereadImportFile(file: ImportFile, encoding: TextEncodingName): ImportFile {
  if (!file.bytes) return file;
  const csv = parseCsv(file.bytes, encoding);
  return { ...file, header: csv.header, rows: csv.rows, encoding: csv.encoding, encodingSure: true, delimiter: csv.delimiter };
}

/** Asks for a file and reads it into a table; null when the user cancels. */
export async function openImportFile(): Promise<ImportFile | null> {
  const file = await platform().openFile({ kind: 'people' });
  if (!file) return null;
  const isZip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
  if (isZip || file.name.toLowerCase().endsWith('.xlsx')) {
    if (!isZip) throw new ImportError('not-xlsx');
    return { name: file.name, kind: 'xlsx', ...(await readXlsx(file.bytes)) };
  }
  const csv = parseCsv(file.bytes);
  const { header, rows, encoding, encodingSure, delimiter } = csv;
  return { name: file.name, kind: 'csv', header, rows, encoding, encodingSure, delimiter, bytes: file.bytes };
}

/** The first sheet of a workbook, read in a Worker with a time limit (in place where there is none: Node). */
async function readXlsx(bytes: Uint8Array): Promise<Table> {
  if (typeof Worker === 'undefined') return (await import('../io/xlsx-read')).readXlsxTable(bytes);
  const worker = new Worker(new URL('../workers/xlsx.worker.ts', import.meta.url), { type: 'module' });
  let result: XlsxResult;
  try {
    result = await runWorker<XlsxResult>(worker, bytes);
  } catch (error) {
    // A workbook still unread at the time limit is refused like one that unpacks too large.
    if (error instanceof WorkerTimeoutError) throw new ImportError('too-large', undefined, 'time limit');
    throw new ImportError('not-xlsx', undefined, error instanceof Error ? error.message : 'worker failed');
  }
  if (!result.ok) throw new ImportError(result.code, undefined, result.detail);
  return result.table;
}

/** What an import does with rows that match someone in the list (io/persons-import-duplicates.ts). */
export type DuplicateOutcome = Pick<ImportResolution, 'merge' | 'merged' | 'skipped'>;

/** Snapshot, then the new persons added and the merged ones completed, all or nothing; the number added. */
export async function commitImport(persons: readonly Fields<Person>[], duplicates?: DuplicateOutcome): Promise<number> {
  await takeSnapshot('import');
  const rows = await commitPersonImport(store(), persons, duplicates?.merge ?? []);
  toasts.show(
    duplicates && duplicates.merged + duplicates.skipped > 0
      ? m.dup_import_done({ added: rows.length, merged: duplicates.merged, skipped: duplicates.skipped })
      : m.people_import_done({ count: rows.length }),
  );
  return rows.length;
}
