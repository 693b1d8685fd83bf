// The organization's reference data as a file: exported as Chairdesk's own JSON or as an
// Excel workbook; imported from either after every row is checked and a preview says what
// will be added and updated, then written all or nothing after a snapshot.
import { store } from '../db';
import { NotFoundError } from '../db/errors';
import { readReference } from '../db/reference-read-models';
import { commitReferenceImport, type ReferenceImportReport } from '../db/reference-import';
import { CURRENT_VERSION } from '../db/schema';
import { newId } from '../db/table-repository';
import { pickText } from '../domain/text';
import type { Lang, Organization } from '../domain/types';
import { m } from '../presentation/i18n';
import { ImportError } from '../io/import-error';
import {
  REFERENCE_TABLES,
  ReferenceFileError,
  rowsOfSet,
  type ReferenceIssue,
  type ReferenceSet,
  type ReferenceTable,
} from '../io/reference-file-format';
import { planReferenceImport, targetOrganization, type ReferencePlan } from '../io/reference-file-plan';
import { readReferenceInWorker, setOrThrow, type ReferenceReadReply } from '../io/reference-file-protocol';
import { encodeReferenceFile, referenceFileName } from '../io/reference-file-write';
import { platform } from '../platform';
import { app } from '../state/app.svelte';
import { locale } from '../state/locale.svelte';
import { toasts } from '../state/toasts.svelte';
import { writeXlsx } from './documents';
import { fileSlug, saveExport } from './files';
import { openOrganizationId } from './organization';
import { referenceXlsxLabels } from './reference-file-labels';
import { takeSnapshot } from '../backup/actions/snapshots';
import { runWorker, WorkerTimeoutError } from '../workers/run';

declare const __APP_VERSION__: string;

export type ReferenceFormat = 'json' | 'xlsx';

async function referenceSet(organizationId: string): Promise<ReferenceSet> {
  const data = await readReference(store(), organizationId);
  if (!data) throw new NotFoundError('organizations', organizationId);
  const { organization, parties, bodies, persons, appointments, themes } = data;
  return { organization, parties, bodies, persons, appointments, themes };
}

export const organizationLabel = (o: Organization, lang: Lang = locale.lang): string => pickText(o.acronym, lang) || pickText(o.name, lang);

/** Saves the open chairmanship's organization as a file; false when the user cancelled. */
export async function exportReferenceData(format: ReferenceFormat, lang: Lang, now: Date = new Date()): Promise<boolean> {
  const set = await referenceSet(openOrganizationId());
  const slug = fileSlug(`${organizationLabel(set.organization, lang)} ${m.reference_file_name({}, { locale: lang })}`);
  if (format === 'json') {
    const text = await encodeReferenceFile({ set, schemaVersion: CURRENT_VERSION, appVersion: __APP_VERSION__, createdAt: now });
    return saveExport(referenceFileName(slug, now), 'reference', text);
  }
  const { referenceSheets } = await import('../io/reference-xlsx-write');
  return saveExport(referenceFileName(slug, now, 'xlsx'), 'xlsx', await writeXlsx(referenceSheets(set, lang, referenceXlsxLabels())));
}

export interface ReferencePreview {
  name: string;
  kind: ReferenceFormat;
  set: ReferenceSet;
  /** The organization it goes into, as stored now; null: a new one. */
  target: { organization: Organization; match: 'id' | 'name' } | null;
  plan: ReferencePlan;
  /** An issue of the plan placed on the file (its sheet, row and column for a workbook). */
  locate: (issue: ReferenceIssue) => ReferenceIssue;
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** A reading of a file longer than this is stopped (the Worker terminated). */
const READ_TIME_LIMIT_MS = 60_000;

/** Checks a reference file in a Worker (in place where there is none: the unit tests in Node). */
function readJson(bytes: Uint8Array, timeLimitMs: number = READ_TIME_LIMIT_MS): Promise<ReferenceSet> {
  const request = { bytes, schemaVersion: CURRENT_VERSION };
  if (typeof Worker === 'undefined') return readReferenceInWorker(request).then(setOrThrow);
  const worker = new Worker(new URL('../workers/reference-file.worker.ts', import.meta.url), { type: 'module' });
  return runWorker<ReferenceReadReply>(worker, request, timeLimitMs).then(setOrThrow, (error: unknown) =>
    setOrThrow(
      error instanceof WorkerTimeoutError
        ? { ok: false, code: 'timeout', issues: [], detail: `${timeLimitMs} ms` }
        : { ok: false, code: 'malformed', issues: [], detail: error instanceof Error ? error.message : String(error) },
    ),
  );
}

async function readWorkbook(bytes: Uint8Array, now: Date): Promise<Pick<ReferencePreview, 'set' | 'locate'>> {
  // Loaded only when a workbook is imported.
  const [{ readXlsxSheets }, { readReferenceWorkbook }] = await Promise.all([
    import('../io/xlsx-read'),
    import('../io/reference-xlsx-read'),
  ]);
  try {
    return readReferenceWorkbook(await readXlsxSheets(bytes), { labels: referenceXlsxLabels(), now, newId });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const code =
      error.code === 'too-many-rows' || error.code === 'too-many-columns'
        ? error.code
        : error.code === 'too-large'
          ? 'too-large'
          : 'not-xlsx';
    throw new ReferenceFileError(code, [], error.message);
  }
}

/** Ids of the set's rows that rows of another organization hold here (the import gives those rows new ones). */
async function takenIds(set: ReferenceSet, organizationId: string | undefined): Promise<Partial<Record<ReferenceTable, Set<string>>>> {
  const rows = rowsOfSet(set);
  const taken: Partial<Record<ReferenceTable, Set<string>>> = {};
  for (const table of REFERENCE_TABLES) {
    const found = await store()
      .db.table<{ id: string; organizationId?: string }, string>(table)
      .bulkGet(rows[table].map((r) => r.id));
    const others = found.filter((r) => r !== undefined && (table === 'organizations' ? r.id : r.organizationId) !== organizationId);
    taken[table] = new Set(others.flatMap((r) => (r ? [r.id] : [])));
  }
  return taken;
}

/** Reads a file (JSON or workbook), checks every row, and plans the import; a bad file is refused with a ReferenceFileError. */
export async function previewReferenceBytes(name: string, bytes: Uint8Array, now: Date = new Date()): Promise<ReferencePreview> {
  const kind: ReferenceFormat = isZip(bytes) ? 'xlsx' : 'json';
  const { set, locate } =
    kind === 'xlsx' ? await readWorkbook(bytes, now) : { set: await readJson(bytes), locate: (issue: ReferenceIssue) => issue };
  const target = targetOrganization(set.organization, await store().organizations.toArray(), app.organizationId);
  const stored = target ? await referenceSet(target.organization.id) : null;
  const plan = planReferenceImport({ incoming: set, stored, taken: await takenIds(set, target?.organization.id), newId });
  return { name, kind, set, target, plan, locate };
}

/** A file opened for import: its preview, or why it was refused (every row in error). */
export type ReferenceOpened = { name: string; preview: ReferencePreview } | { name: string; refused: ReferenceFileError };

/** Asks for a reference file (JSON or workbook) and previews it; null when the user cancelled. */
export async function openReferenceFile(): Promise<ReferenceOpened | null> {
  const file = await platform().openFile({ kind: 'reference' });
  if (!file) return null;
  try {
    return { name: file.name, preview: await previewReferenceBytes(file.name, file.bytes) };
  } catch (error) {
    if (error instanceof ReferenceFileError) return { name: file.name, refused: error };
    throw error;
  }
}

/** Snapshot, then the whole import in one strict-durability transaction. */
export async function importReferenceData(preview: ReferencePreview): Promise<ReferenceImportReport> {
  if (preview.plan.issues.length) throw new ReferenceFileError('invalid-rows', preview.plan.issues.map(preview.locate));
  await takeSnapshot('import');
  const report = await commitReferenceImport(store(), preview.plan);
  toasts.show(
    m.reference_import_done({ name: organizationLabel(preview.plan.organization.row), added: report.added, updated: report.updated }),
  );
  return report;
}
