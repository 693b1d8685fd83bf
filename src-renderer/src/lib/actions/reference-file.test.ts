// @vitest-environment happy-dom
// The reference-data file as the app runs it: export, preview, snapshot and the one
// strict-durability transaction (the browser edition's platform, snapshots in their own
// IndexedDB database), for the example's organization.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore, openStore, setStore, type Store } from '../db';
import { databaseHash, readAllTables } from '../backup/db/whole-database';
import { CURRENT_VERSION } from '../db/schema';
import { CHAIRMANSHIP_ID } from '../example/csto-2015';
import { loadExampleYear } from '../example/load';
import { canonicalJson } from '../backup/io/canonical-json';
import { REFERENCE_TABLES } from '../io/reference-file-format';
import { EXAMPLE_ORGANIZATION_ID } from '../io/schema-upgrades';
import { platform, toBytes } from '../platform';
import { app } from '../state/app.svelte';
import { exportReferenceData, importReferenceData, previewReferenceBytes } from './reference-file';
import { listSnapshots } from '../backup/actions/snapshots';
import { readReferenceFile } from '../io/reference-file-read';
import { encodeReferenceFile } from '../io/reference-file-write';
import type { ReferenceSet } from '../io/reference-file-format';

let store: Store;

async function freshStore(): Promise<Store> {
  const opened = await openStore(createStore(`reference-${crypto.randomUUID()}`), () => undefined);
  setStore(opened);
  return opened;
}

beforeEach(async () => {
  store = await freshStore();
  await loadExampleYear(store);
  app.chairmanshipId = CHAIRMANSHIP_ID;
  app.organizationId = EXAMPLE_ORGANIZATION_ID;
  for (const s of await platform().listSnapshots()) await platform().deleteSnapshot(s.name);
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

/** The file the next export saves. */
async function exported(format: 'json' | 'xlsx', lang: 'en' | 'ru' = 'en'): Promise<{ name: string; bytes: Uint8Array }> {
  let saved: { name: string; bytes: Uint8Array } | undefined;
  vi.spyOn(platform(), 'saveFile').mockImplementationOnce(async ({ name, data }) => {
    saved = { name, bytes: toBytes(data) };
    return 'saved';
  });
  expect(await exportReferenceData(format, lang, new Date(2026, 0, 15))).toBe(true);
  if (!saved) throw new Error('nothing saved');
  return saved;
}

const encoded = async (set: ReferenceSet): Promise<Uint8Array> =>
  new TextEncoder().encode(await encodeReferenceFile({ set, schemaVersion: CURRENT_VERSION, appVersion: 'test', createdAt: new Date() }));

/** The reference tables, as canonical JSON (every row of each). */
async function referenceRows(of: Store): Promise<string> {
  const tables = await readAllTables(of.db);
  return canonicalJson(REFERENCE_TABLES.map((t) => [...tables[t]].sort((a, b) => String(a.id).localeCompare(String(b.id)))));
}

describe('reference data file', () => {
  it('exports the organization and starts an empty profile from it with the very same rows, after a snapshot', async () => {
    const file = await exported('json');
    expect(file.name).toBe('csto-reference-data-2026-01-15.chairdesk-reference.json');
    const before = await referenceRows(store);

    store.db.close();
    store.bulkDb.close();
    store = await freshStore();
    app.chairmanshipId = null;
    app.organizationId = null;
    const preview = await previewReferenceBytes(file.name, file.bytes);
    expect(preview.target).toBeNull();
    expect(preview.plan.organization.action).toBe('add');
    expect(preview.plan.issues).toEqual([]);
    const report = await importReferenceData(preview);
    expect(report).toMatchObject({ organizationId: EXAMPLE_ORGANIZATION_ID, updated: 0 });
    expect(await referenceRows(store)).toBe(before);
    expect((await listSnapshots()).map((s) => s.reason)).toEqual(['import']);
  });

  // The first workbook loads the spreadsheet writer and reader: on a busy machine that alone
  // takes seconds (the test times nothing).
  it('updates the open organization from an edited workbook: one person added, one changed, the rest untouched', async () => {
    const file = await exported('xlsx', 'ru');
    const book = new ExcelJS.Workbook();
    // ExcelJS's types ask for a Node Buffer; it reads any ArrayBuffer view.
    await book.xlsx.load(file.bytes.buffer as ArrayBuffer);
    const people = book.getWorksheet('Участники');
    if (!people) throw new Error('no People sheet');
    people.addRow(['', 'Muhriddin', 'Sirojiddin', 'Мухриддин', 'Сироджиддин', '', '', 'Таджикистан']);
    people.eachRow((row) => {
      if (row.getCell(1).value === 'ex-person-lavrov') row.getCell(11).value = 'lavrov@mid.ru';
    });
    const edited = new Uint8Array(await book.xlsx.writeBuffer());

    const preview = await previewReferenceBytes('edited.xlsx', edited);
    expect(preview.target?.match).toBe('id');
    const persons = preview.plan.persons;
    expect(persons.filter((p) => p.action === 'add').map((p) => p.row.names.en.family)).toEqual(['Muhriddin']);
    expect(persons.filter((p) => p.action === 'update').map((p) => [p.row.id, p.changes])).toEqual([['ex-person-lavrov', ['email']]]);
    expect(preview.plan.parties.every((p) => p.action === 'same')).toBe(true);

    await importReferenceData(preview);
    const lavrov = await store.persons.require('ex-person-lavrov');
    expect(lavrov).toMatchObject({ email: 'lavrov@mid.ru', rev: 2 });
    expect((await store.persons.ofOrganization(EXAMPLE_ORGANIZATION_ID)).some((p) => p.names.ru.family === 'Мухриддин')).toBe(true);
  }, 30_000);

  it('writes nothing when a stored row changed after the preview', async () => {
    const file = await exported('json');
    // The same file from another copy where Lavrov has an e-mail address.
    const set = await readReferenceFile(file.bytes, { schemaVersion: CURRENT_VERSION });
    set.persons = set.persons.map((p) => (p.id === 'ex-person-lavrov' ? { ...p, email: 'lavrov@mid.ru' } : p));
    const preview = await previewReferenceBytes('other.chairdesk-reference.json', await encoded(set));
    expect(preview.plan.persons.filter((p) => p.action === 'update')).toHaveLength(1);

    const stored = await store.persons.require('ex-person-lavrov');
    await store.persons.update(stored, { phone: '+7 499 244-16-06' });
    const before = await databaseHash(store.db);
    await expect(importReferenceData(preview)).rejects.toMatchObject({ code: 'changed-meanwhile' });
    expect(await databaseHash(store.db)).toBe(before);
  });

  it('refuses an import that would give a stored seat a second holder, naming the row, before a snapshot or a write', async () => {
    const file = await exported('json');
    const set = await readReferenceFile(file.bytes, { schemaVersion: CURRENT_VERSION });
    // Another copy ended nobody's seat but holds Lavrov's seat for someone else: the file alone is consistent.
    const seat = set.appointments.find((a) => a.personId === 'ex-person-lavrov');
    if (!seat) throw new Error('no seat');
    const deputy = { ...seat, id: 'deputy-seat', personId: 'deputy' };
    const [first] = set.persons;
    if (!first) throw new Error('no person');
    const person = { ...first, id: 'deputy', names: { en: { given: 'Ivan', family: 'Deputy' }, ru: { given: '', family: '' } } };
    const preview = await previewReferenceBytes(
      'conflict.json',
      await encoded({ ...set, persons: [...set.persons, person], appointments: [...set.appointments.filter((a) => a !== seat), deputy] }),
    );
    expect(preview.plan.issues.map((i) => `${i.table} ${i.field ?? ''} ${i.code}`)).toEqual(['appointments from overlap']);
    const before = await databaseHash(store.db);
    await expect(importReferenceData(preview)).rejects.toMatchObject({ code: 'invalid-rows' });
    expect(await databaseHash(store.db)).toBe(before);
    expect(await listSnapshots()).toEqual([]);
  });

  it('refuses a file whose own seats overlap, before planning anything', async () => {
    const file = await exported('json');
    const set = await readReferenceFile(file.bytes, { schemaVersion: CURRENT_VERSION });
    const seat = set.appointments.find((a) => a.personId === 'ex-person-lavrov');
    if (!seat) throw new Error('no seat');
    set.appointments.push({ ...seat, id: 'second-holder', personId: 'ex-person-makei' });
    await expect(previewReferenceBytes('overlap.json', await encoded(set))).rejects.toMatchObject({
      code: 'invalid-rows',
      issues: [expect.objectContaining({ table: 'appointments', field: 'from', code: 'overlap' })],
    });
  });
});
