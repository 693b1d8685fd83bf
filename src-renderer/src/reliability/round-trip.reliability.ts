// @vitest-environment happy-dom
// docs/quality.md reliability 5, "round trip": the example year with every free-text field in
// Cyrillic, Tajik letters, diacritics or emoji, and a note of over 10,000 characters on every
// row that has notes, is saved as a backup by the app; the database is deleted; the backup is
// opened and restored into a fresh one. The canonical hash must be the same, and every row;
// the one row that belongs to the copy rather than to the data, its writer name (settings
// `replica`), is the fresh copy's own, having seen the deleted copy's changes.
// The same for the organization's reference data: exported as Chairdesk's file, the database
// deleted, the file imported into the empty profile: the same hash of those tables; and the
// workbook, which carries no bookkeeping: the same fields of every row.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { backUp, openBackup, restore } from '../lib/backup/actions/back-up-and-restore';
import { createStore, openStore, setStore, type Store } from '../lib/db';
import { readAllTables, tablesHash } from '../lib/backup/db/whole-database';
import { isReplica, SettingKey, type Replica } from '../lib/db/settings';
import { countRows, type BackupTables } from '../lib/backup/io/file-format';
import { exportReferenceData, importReferenceData, openReferenceFile } from '../lib/actions/reference-file';
import { canonicalJson, sha256Hex } from '../lib/backup/io/canonical-json';
import { REFERENCE_TABLES } from '../lib/io/reference-file-format';
import { app } from '../lib/state/app.svelte';
import type { BackupRow } from '../lib/backup/io/file-format';
import { exampleStore, nextFile, recordFigure, rewriteStoredText, savedFiles } from './harness';

/** Scripts a secretariat of this organization writes in, and what pasting from chat adds. */
const SAMPLES = [
  'Совет министров иностранных дел — заседание № 2',
  'Ҷумҳурии Тоҷикистон: Ғоибов Ӯктам, Қодирӣ Ҳилола',
  'Žofie Dvořák, Ångström, Çağrı Öztürk, Nguyễn Thị Minh Khai',
  '🇹🇯 🕊️ 👩🏽‍⚖️ 🤝🏻 ✅ — 𝐁𝐨𝐥𝐝 and combining é (e + U+0301)',
  'Ёлка «ёлочка» „кавычки“ ‘single’ \u00a0no-break\u2009thin \u200dzero-width',
];
const LONG_NOTE_CHARS = 10_000;

const figure: Record<string, unknown> = {};
let store: Store;

/** The data: every table, and every setting but this copy's writer name. */
const data = (tables: BackupTables): BackupTables => ({
  ...tables,
  settings: tables.settings.filter((row) => row.key !== SettingKey.replica),
});

/** This copy's writer name, as stored. */
function replicaIn(tables: BackupTables): Replica | undefined {
  const value: unknown = tables.settings.find((row) => row.key === SettingKey.replica)?.value;
  return isReplica(value) ? value : undefined;
}

/** The rows of every table in a database never used before, opened as the app opens one. */
async function blankCounts(): Promise<Record<string, number>> {
  const blank = await openStore(createStore(`blank-${crypto.randomUUID()}`), () => undefined);
  const counts = countRows(await readAllTables(blank.db));
  blank.db.close();
  blank.bulkDb.close();
  await blank.db.delete();
  return counts;
}
afterAll(() => {
  recordFigure('round-trip', figure);
  store.db.close();
  store.bulkDb.close();
});

describe('round trip', () => {
  it('export, delete the database, import: the same canonical hash with every script, emoji and 10k-character notes', async () => {
    store = await exampleStore();
    const name = store.db.name;
    // Every row that may carry notes gets some, so that every one is a long one.
    for (const table of ['persons', 'participants'] as const)
      await store.bulkDb
        .table<{ notes?: string }, string>(table)
        .toCollection()
        .modify((row) => {
          row.notes ??= '';
        });
    // Notes meant for print are bilingual: both languages get a long one.
    for (const table of ['sessions', 'agendaItems'] as const)
      await store.bulkDb
        .table<{ notes?: { en: string; ru: string } }, string>(table)
        .toCollection()
        .modify((row) => {
          row.notes ??= { en: '', ru: '' };
        });
    let fields = 0;
    let longNotes = 0;
    await rewriteStoredText(store, (field, of) => {
      const sample = SAMPLES[fields++ % SAMPLES.length] ?? '';
      if (field !== 'notes' && of !== 'notes') return sample;
      longNotes++;
      return `${sample} · `.repeat(Math.ceil(LONG_NOTE_CHARS / (sample.length + 3)));
    });
    const tables = await readAllTables(store.db);
    const before = await tablesHash(data(tables));
    const deletedCopy = replicaIn(tables)?.node;

    const saved = savedFiles();
    await backUp();
    vi.restoreAllMocks();
    const [bytes] = saved.values();
    if (!bytes) throw new Error('no backup saved');

    store.db.close();
    store.bulkDb.close();
    await store.db.delete();
    store = await openStore(createStore(name), () => undefined);
    setStore(store);
    const wipedTables = await readAllTables(store.db);
    const wiped = countRows(wipedTables);
    const freshCopy = replicaIn(wipedTables)?.node;

    nextFile('round-trip.chairdesk.json', bytes);
    const preview = await openBackup();
    if (!preview) throw new Error('no preview');
    const written = await restore(preview.backup);
    const restored = await readAllTables(store.db);
    const after = await tablesHash(data(restored));

    const rows = Object.values(countRows(tables)).reduce((a, b) => a + b, 0);
    Object.assign(figure, {
      rows,
      written: written.written,
      textFields: fields,
      longNotes,
      backupBytes: bytes.length,
      sameHash: after === before,
    });
    // Deleted: the database reopened holds what a never-used one holds (its own writer name
    // only), and that name is not the deleted copy's.
    expect(wiped).toEqual(await blankCounts());
    expect(deletedCopy).toBeDefined();
    expect(freshCopy).toBeDefined();
    expect(freshCopy).not.toBe(deletedCopy);
    expect(longNotes).toBeGreaterThan(0);
    expect(written.written).toBe(rows);
    expect(after).toBe(before);
    // The hash compares canonical JSON; the rows themselves are compared too.
    expect(data(restored)).toEqual(data(tables));
    // The restore keeps the fresh copy's writer name (restored elsewhere, it must not write as
    // the deleted copy), having seen every change the deleted copy made.
    const replica = replicaIn(restored);
    expect(replica?.node).toBe(freshCopy);
    expect(replica?.seen[deletedCopy ?? '']).toBeDefined();
  });

  describe('reference data', () => {
    /** The reference tables' rows, all of them or only their own fields (a workbook carries no bookkeeping). */
    async function referenceHash(fields: 'all' | 'own'): Promise<string> {
      const tables = await readAllTables(store.db);
      const own = ({ createdAt: _c, updatedAt: _u, rev: _r, hlc: _h, fieldHlc: _f, ...rest }: BackupRow): BackupRow => rest;
      const rows = REFERENCE_TABLES.map((t) =>
        [...tables[t]].sort((a, b) => String(a.id).localeCompare(String(b.id))).map((r) => (fields === 'all' ? r : own(r))),
      );
      return sha256Hex(canonicalJson(rows));
    }

    /** Every reference text in one of the scripts, each value unique (names must be), e-mail and phone still valid. */
    async function writeScripts(): Promise<number> {
      let n = 0;
      await rewriteStoredText(store, (field, of) => {
        n++;
        if (field === 'email') return `delegate.${n}@mfa.tj`;
        if (field === 'phone') return `+992 37 221 ${String(1000 + n).slice(-4)}`;
        const sample = SAMPLES.slice(0, 3).concat(SAMPLES[4] ?? '')[n % 4] ?? '';
        return field === 'notes' || of === 'notes' ? `${sample} ${n} · `.repeat(40) : `${sample.slice(0, 60)} ${n}`;
      });
      return n;
    }

    async function wipe(): Promise<void> {
      const name = store.db.name;
      store.db.close();
      store.bulkDb.close();
      await store.db.delete();
      store = await openStore(createStore(name), () => undefined);
      setStore(store);
      app.chairmanshipId = null;
      app.organizationId = null;
    }

    it.each(['json', 'xlsx'] as const)(
      'the organization exported (%s), the database deleted, imported into the empty profile: the same rows in every script',
      async (format) => {
        store = await exampleStore();
        const fields = await writeScripts();
        const before = await referenceHash(format === 'json' ? 'all' : 'own');
        const saved = savedFiles();
        await exportReferenceData(format, 'ru');
        vi.restoreAllMocks();
        const [[name, bytes] = []] = saved.entries();
        if (!name || !bytes) throw new Error('nothing exported');
        await wipe();
        nextFile(name, bytes);
        const opened = await openReferenceFile();
        if (!opened || !('preview' in opened))
          throw new Error(`not imported: ${opened && 'refused' in opened ? opened.refused.message : ''}`);
        const report = await importReferenceData(opened.preview);
        const after = await referenceHash(format === 'json' ? 'all' : 'own');
        figure[`reference-${format}`] = { rows: report.added, textFields: fields, bytes: bytes.length, sameHash: after === before };
        expect(after).toBe(before);
      },
    );
  });
});
