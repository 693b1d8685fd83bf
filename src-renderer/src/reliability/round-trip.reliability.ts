// @vitest-environment happy-dom
// docs/quality.md reliability 5, "round trip": the example year with every free-text field in
// Cyrillic, Tajik letters, diacritics or emoji, and a note of over 10,000 characters on every
// row that has notes, is saved as a backup by the app; the database is deleted; the backup is
// opened and restored into a fresh one. The canonical hash must be the same, and every row.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { backUp, openBackup, restore } from '../lib/actions/backup';
import { createStore, openStore, setStore, type Store } from '../lib/db';
import { readAllTables } from '../lib/db/backup';
import { countRows } from '../lib/io/backup-format';
import { exampleStore, hashOf, nextFile, recordFigure, rewriteStoredText, savedFiles } from './harness';

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
    for (const table of ['persons', 'sessions', 'agendaItems', 'participants'] as const)
      await store.bulkDb
        .table<{ notes?: string }, string>(table)
        .toCollection()
        .modify((row) => {
          row.notes ??= '';
        });
    let fields = 0;
    let longNotes = 0;
    await rewriteStoredText(store, (field) => {
      const sample = SAMPLES[fields++ % SAMPLES.length] ?? '';
      if (field !== 'notes') return sample;
      longNotes++;
      return `${sample} · `.repeat(Math.ceil(LONG_NOTE_CHARS / (sample.length + 3)));
    });
    const tables = await readAllTables(store.db);
    const before = await hashOf(store);

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
    const wiped = countRows(await readAllTables(store.db));

    nextFile('round-trip.chairdesk.json', bytes);
    const preview = await openBackup();
    if (!preview) throw new Error('no preview');
    const written = await restore(preview.backup);
    const after = await hashOf(store);

    const rows = Object.values(countRows(tables)).reduce((a, b) => a + b, 0);
    Object.assign(figure, {
      rows,
      written: written.written,
      textFields: fields,
      longNotes,
      backupBytes: bytes.length,
      sameHash: after === before,
    });
    expect(Object.values(wiped).every((n) => n === 0)).toBe(true);
    expect(longNotes).toBeGreaterThan(0);
    expect(written.written).toBe(rows);
    expect(after).toBe(before);
    // The hash compares canonical JSON; the rows themselves are compared too.
    expect(await readAllTables(store.db)).toEqual(tables);
  });
});
