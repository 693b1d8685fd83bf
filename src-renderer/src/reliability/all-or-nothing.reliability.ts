// @vitest-environment happy-dom
// docs/quality.md reliability 2, "all or nothing": a 1,000-row import with one bad row at the end
// imports 0 rows, or shows a preview that lets the user leave that row out; and a write that
// fails on the last row leaves none of the others. For persons (CSV, XLSX), ICS, backups and
// reference data (Chairdesk's file and the workbook).
import { EXAMPLE_ORGANIZATION_ID } from '../lib/io/schema-upgrades';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openBackup } from '../lib/backup/actions/back-up-and-restore';
import { openImportFile } from '../lib/actions/people-files';
import { commitIcsImport, previewIcsImport } from '../lib/actions/schedule-files';
import type { Store } from '../lib/db';
import { readAllTables } from '../lib/backup/db/whole-database';
import { commitPersonImport } from '../lib/db/people-writes';
import { CURRENT_VERSION } from '../lib/db/schema';
import { CHAIRMANSHIP_ID } from '../lib/example/csto-2015';
import { encodeBackup } from '../lib/backup/io/write';
import { planCounts } from '../lib/io/ics-import-preview';
import { guessMapping, previewImport } from '../lib/io/persons-import';
import { toXlsx } from '../lib/io/xlsx';
import { personFieldAliases } from '../lib/presentation/people-labels';
import { utf8 } from './corpus/common';
import { goodCalendar } from './corpus/ics';
import { exampleStore, hashOf, nextFile, recordFigure, requireView } from './harness';
import { importReferenceData, openReferenceFile } from '../lib/actions/reference-file';
import { referenceXlsxLabels } from '../lib/actions/reference-file-labels';
import { readReference } from '../lib/db/reference-read-models';
import type { ReferenceSet } from '../lib/io/reference-file-format';
import { encodeReferenceFile } from '../lib/io/reference-file-write';
import { referenceSheets } from '../lib/io/reference-xlsx-write';
import type { Person } from '../lib/domain/types';

const ROWS = 1_000;
let store: Store;
/** By import: rows in the file, rows written, and for a preview the bad row it names. */
const figure: Record<string, { rows: number; written: number; badRow?: number }> = {};

/** Rows of `table` now: what an import added shows as the difference. */
const rowsIn = (table: 'persons' | 'sessions'): Promise<number> => store.db.table(table).count();

beforeAll(async () => {
  store = await exampleStore();
});
afterAll(() => {
  recordFigure('all-or-nothing', figure);
  store.db.close();
  store.bulkDb.close();
});

const header = ['Family name', 'Given name', 'Email'];
const goodRows = Array.from({ length: ROWS }, (_, i) => [`Family ${i}`, `Given ${i}`, `person${i}@mfa.tj`]);
const badLast = ['Last', 'Row', 'not an email'];

/** What the import dialog writes when the user clicks Import without ticking "leave out". */
async function dialogDefault(name: string, bytes: Uint8Array): Promise<{ written: number; offered: number; badRow: number | undefined }> {
  nextFile(name, bytes);
  const table = await openImportFile();
  if (!table) throw new Error('no table');
  const preview = previewImport(
    table,
    guessMapping(table.header, personFieldAliases()),
    await store.parties.toArray(),
    EXAMPLE_ORGANIZATION_ID,
  );
  const toWrite = preview.errors.length ? [] : preview.valid;
  if (toWrite.length)
    await commitPersonImport(
      store,
      toWrite.map((r) => r.person),
    );
  return { written: toWrite.length, offered: preview.valid.length, badRow: preview.errors[0]?.row };
}

describe('all or nothing', () => {
  it.each(['csv', 'xlsx'] as const)(
    'a %s of 1,000 good persons and one bad row at the end imports 0 rows unless that row is left out',
    async (kind) => {
      const before = await hashOf(store);
      const persons = await rowsIn('persons');
      const bytes =
        kind === 'csv'
          ? utf8([header, ...goodRows, badLast].map((r) => r.join(',')).join('\r\n'))
          : await toXlsx([{ name: 'People', header, rows: [...goodRows, badLast] }]);
      const outcome = await dialogDefault(`people.${kind}`, bytes);
      expect(outcome).toEqual({ written: 0, offered: ROWS, badRow: ROWS + 2 });
      expect(await hashOf(store)).toBe(before);
      figure[kind] = { rows: ROWS + 1, written: (await rowsIn('persons')) - persons, badRow: outcome.badRow };
    },
  );

  it('a person import that fails on its last row writes none of the 1,000 before it', async () => {
    const before = await hashOf(store);
    const persons = await rowsIn('persons');
    const existing = (await store.persons.toArray())[0];
    if (!existing) throw new Error('no person');
    const rows = goodRows.map(([family = '', given = '']) => ({
      organizationId: EXAMPLE_ORGANIZATION_ID,
      names: { en: { given, family }, ru: { given: '', family: '' } },
      honorific: { en: '', ru: '' },
    }));
    // Ids are drawn as rows are stamped: the last one gets an id already taken, which the
    // primary key refuses inside the transaction.
    const original = crypto.randomUUID.bind(crypto);
    let calls = 0;
    vi.spyOn(crypto, 'randomUUID').mockImplementation(() =>
      ++calls === ROWS + 1 ? (existing.id as ReturnType<Crypto['randomUUID']>) : original(),
    );
    await expect(
      commitPersonImport(store, [
        ...rows,
        { organizationId: EXAMPLE_ORGANIZATION_ID, names: existing.names, honorific: existing.honorific },
      ]),
    ).rejects.toMatchObject({
      name: 'BulkError',
      failures: [expect.objectContaining({ name: 'ConstraintError' })],
    });
    vi.restoreAllMocks();
    expect(await hashOf(store)).toBe(before);
    figure.persons = { rows: ROWS + 1, written: (await rowsIn('persons')) - persons };
  });

  it('an ICS of 1,000 new sessions whose last one collides with a stored UID writes none of them', async () => {
    const chairmanship = await requireView(store, CHAIRMANSHIP_ID);
    const before = await hashOf(store);
    const sessions = await rowsIn('sessions');
    const taken = (await store.sessions.toArray())[0]?.icsUid ?? '';
    const text = goodCalendar(ROWS + 1, 'all-or-nothing');
    nextFile('year.ics', utf8(text));
    const preview = await previewIcsImport(chairmanship);
    if (!preview) throw new Error('no preview');
    expect(planCounts(preview.rows).new).toBe(ROWS + 1);
    // Another window stores a session with the last event's UID after the preview was made.
    const last = preview.rows.at(-1);
    if (last?.kind !== 'new') throw new Error('last row is not new');
    const rows = [...preview.rows.slice(0, -1), { ...last, event: { ...last.event, uid: taken } }];
    await expect(commitIcsImport(rows)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await hashOf(store)).toBe(before);
    figure.ics = { rows: ROWS + 1, written: (await rowsIn('sessions')) - sessions };
  });

  it('a backup of 1,000 more persons, the last one bad, is refused whole', async () => {
    const before = await hashOf(store);
    const persons = await rowsIn('persons');
    const tables = await readAllTables(store.db);
    const now = new Date().toISOString();
    const extra = goodRows.map(([family = '', given = ''], i) => ({
      id: `extra-${i}`,
      createdAt: now,
      updatedAt: now,
      rev: 1,
      names: { en: { given, family }, ru: { given: '', family: '' } },
      honorific: { en: '', ru: '' },
    }));
    tables.persons.push(...extra, { ...extra[0], id: 'extra-bad', names: 'not a name' });
    const { text } = await encodeBackup({ tables, schemaVersion: CURRENT_VERSION, appVersion: 'test', createdAt: new Date() });
    nextFile('big.chairdesk.json', utf8(text));
    await expect(openBackup()).rejects.toMatchObject({ code: 'invalid-rows' });
    expect(await hashOf(store)).toBe(before);
    figure.backup = { rows: ROWS + 1, written: (await rowsIn('persons')) - persons };
  });

  describe('reference data', () => {
    async function exampleReference(): Promise<ReferenceSet> {
      const data = await readReference(store, EXAMPLE_ORGANIZATION_ID);
      if (!data) throw new Error('no example organization');
      const { organization, parties, bodies, persons, appointments, themes } = data;
      return { organization, parties, bodies, persons, appointments, themes };
    }
    const at = new Date().toISOString();
    // Ids in the order the file lists rows: the example's people, then these, then the bad one.
    const morePeople = (): Person[] =>
      goodRows.map(([family = '', given = '', email = ''], i) => ({
        id: `ref-${String(i).padStart(4, '0')}`,
        createdAt: at,
        updatedAt: at,
        rev: 1,
        organizationId: EXAMPLE_ORGANIZATION_ID,
        names: { en: { given, family }, ru: { given: '', family: '' } },
        honorific: { en: '', ru: '' },
        email,
      }));
    const badPerson = (): Person => {
      const [first] = morePeople();
      if (!first) throw new Error('no person');
      return { ...first, id: 'zz-bad', email: 'not an email' };
    };

    it('a reference file of 1,000 more people, the last one bad, is refused whole, naming that row', async () => {
      const before = await hashOf(store);
      const persons = await rowsIn('persons');
      const set = await exampleReference();
      set.persons = [...set.persons, ...morePeople(), badPerson()];
      const text = await encodeReferenceFile({ set, schemaVersion: CURRENT_VERSION, appVersion: 'test', createdAt: new Date() });
      nextFile('big.chairdesk-reference.json', utf8(text));
      const opened = await openReferenceFile();
      if (!opened || !('refused' in opened)) throw new Error('the file was not refused');
      expect(opened.refused.issues).toEqual([expect.objectContaining({ table: 'persons', row: set.persons.length, field: 'email' })]);
      expect(await hashOf(store)).toBe(before);
      figure.reference = { rows: ROWS + 1, written: (await rowsIn('persons')) - persons, badRow: opened.refused.issues[0]?.row };
    });

    it('a reference workbook of 1,000 more people, the last one bad, is refused whole, naming that row', async () => {
      const before = await hashOf(store);
      const persons = await rowsIn('persons');
      const set = await exampleReference();
      set.persons = [...set.persons, ...morePeople(), badPerson()];
      const bytes = await toXlsx(referenceSheets(set, 'en', referenceXlsxLabels()));
      nextFile('big.xlsx', bytes);
      const opened = await openReferenceFile();
      if (!opened || !('refused' in opened)) throw new Error('the workbook was not refused');
      const [issue] = opened.refused.issues;
      // The header is row 1.
      expect(issue).toMatchObject({ sheet: 'People', row: set.persons.length + 1, header: 'Email', code: 'email-invalid' });
      expect(await hashOf(store)).toBe(before);
      figure['reference-xlsx'] = { rows: ROWS + 1, written: (await rowsIn('persons')) - persons, badRow: issue?.row };
    });

    it('a reference import that fails on its last row writes none of the 1,000 before it', async () => {
      const before = await hashOf(store);
      const persons = await rowsIn('persons');
      const set = await exampleReference();
      set.persons = [...set.persons, ...morePeople()];
      const text = await encodeReferenceFile({ set, schemaVersion: CURRENT_VERSION, appVersion: 'test', createdAt: new Date() });
      nextFile('more.chairdesk-reference.json', utf8(text));
      const opened = await openReferenceFile();
      if (!opened || !('preview' in opened)) throw new Error('no preview');
      expect(opened.preview.plan.persons.filter((p) => p.action === 'add')).toHaveLength(ROWS);
      // Another organization's person takes the last new id after the preview: the primary key refuses it inside the transaction.
      const last = opened.preview.plan.persons.at(-1)?.row;
      if (!last) throw new Error('no row');
      await store.bulkDb.persons.add({ ...last, organizationId: 'another-organization' });
      const taken = await hashOf(store);
      await expect(importReferenceData(opened.preview)).rejects.toMatchObject({ name: 'BulkError' });
      expect(await hashOf(store)).toBe(taken);
      await store.bulkDb.persons.delete(last.id);
      expect(await hashOf(store)).toBe(before);
      figure['reference-commit'] = { rows: ROWS, written: (await rowsIn('persons')) - persons };
    });
  });
});
