import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../backup/io/canonical-json';
import { readBackup } from '../../backup/io/read';
import { TABLES_OF_SCHEMA } from '../../backup/io/file-format';
import { upgradeV2toV3 } from '../../io/schema-upgrades';
import { CURRENT_VERSION } from '../schema';
import { createStore, openStore } from '../index';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import { installFixture } from './harness';

type Rows = Record<string, Record<string, unknown>[]>;
const v2Tables = (): Rows => JSON.parse(JSON.stringify(v2.tables)) as Rows;
const NOW = '2026-12-02T04:00:00.000Z';

/** The version-2 fixture with a Russian note, place, reason and progress note beside its English ones. */
function bothScripts(): Rows {
  const tables = v2Tables();
  const [first, second] = tables.sessions ?? [];
  if (!first || !second) throw new Error('the fixture has sessions');
  first.venue = { ...(first.venue as object), place: 'Дворец Нации' };
  second.venue = { ...(second.venue as object), place: 'Palace of Nations' };
  second.notes = 'Повестка дня согласована; ӣ ӯ ҳ қ ғ ҷ.';
  const [participant] = tables.participants ?? [];
  if (!participant) throw new Error('the fixture has participants');
  participant.substituteReason = 'Согласовано письмом';
  const [update] = tables.actionUpdates ?? [];
  if (!update) throw new Error('the fixture has progress notes');
  update.text = 'Рассмотрено в Душанбе.';
  tables.agendaItems = [
    {
      id: 'a1',
      sessionId: first.id,
      position: 0,
      title: { en: 'Opening', ru: 'Открытие' },
      minutes: 10,
      notes: 'Closed part',
      createdAt: NOW,
      updatedAt: NOW,
      rev: 1,
    },
    {
      id: 'a2',
      sessionId: first.id,
      position: 1,
      title: { en: 'Report', ru: 'Доклад' },
      minutes: 20,
      notes: 'Узкий состав',
      createdAt: NOW,
      updatedAt: NOW,
      rev: 1,
    },
  ];
  return tables;
}

async function upgradedDatabase(tables: Rows): Promise<Rows> {
  const name = `upgrade-v3-${crypto.randomUUID()}`;
  await installFixture(name, { version: 2, tables });
  const store = await openStore(createStore(name), () => undefined);
  const rows: Rows = {};
  for (const table of store.db.tables) rows[table.name] = (await table.toArray()) as Record<string, unknown>[];
  store.db.close();
  store.bulkDb.close();
  return rows;
}

const byId = (rows: Record<string, unknown>[] | undefined, id: unknown): Record<string, unknown> | undefined =>
  rows?.find((r) => r.id === id);

describe('version 2 → 3: the free text printed in documents becomes bilingual', () => {
  it('puts each old string in the language of its script, the other language empty', () => {
    const before = bothScripts();
    const after = upgradeV2toV3(before);
    const [first, second] = before.sessions ?? [];
    expect(byId(after.sessions, first?.id)?.venue).toMatchObject({ place: { en: '', ru: 'Дворец Нации' } });
    expect(byId(after.sessions, second?.id)).toMatchObject({
      venue: { place: { en: 'Palace of Nations', ru: '' } },
      notes: { en: '', ru: 'Повестка дня согласована; ӣ ӯ ҳ қ ғ ҷ.' },
    });
    expect(after.agendaItems?.map((a) => a.notes)).toEqual([
      { en: 'Closed part', ru: '' },
      { en: '', ru: 'Узкий состав' },
    ]);
    expect(after.participants?.[0]?.substituteReason).toEqual({ en: '', ru: 'Согласовано письмом' });
    expect(after.actionUpdates?.[0]?.text).toEqual({ en: '', ru: 'Рассмотрено в Душанбе.' });
    expect(after.actionUpdates?.[1]?.text).toEqual({ en: String(before.actionUpdates?.[1]?.text), ru: '' });
  });

  it('leaves absent fields absent and values already bilingual as they are, so a second run changes nothing', () => {
    const once = upgradeV2toV3(bothScripts());
    expect(upgradeV2toV3(once)).toEqual(once);
    const plain = (once.sessions ?? []).find((s) => !('notes' in s));
    expect(plain).toBeDefined();
    expect(once.participants?.filter((p) => 'substituteReason' in p)).toHaveLength(1);
  });

  it('upgrades a version-2 database into the same rows, every row kept', async () => {
    const tables = bothScripts();
    const database = await upgradedDatabase(tables);
    const pure = upgradeV2toV3(tables);
    for (const table of ['sessions', 'agendaItems', 'participants', 'actionUpdates']) {
      const sort = (rows: Record<string, unknown>[] | undefined) =>
        [...(rows ?? [])].sort((a, b) => String(a.id).localeCompare(String(b.id)));
      expect(sort(database[table]), table).toEqual(sort(pure[table]));
    }
    for (const [table, rows] of Object.entries(tables)) expect(database[table], table).toHaveLength(rows.length);
  });

  it('reads a backup version 2 wrote: upgraded first, then checked, with the bilingual values', async () => {
    const source = bothScripts();
    const tables = Object.fromEntries((TABLES_OF_SCHEMA[2] ?? []).map((t) => [t, source[t] ?? []]));
    const counts = Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length]));
    const file = {
      format: 'chairdesk-backup',
      formatVersion: 1,
      schemaVersion: 2,
      appVersion: '0.2.0',
      createdAt: NOW,
      counts,
      sha256: '',
      tables,
    };
    const unsigned = canonicalJson(file);
    const text = unsigned.replace('"sha256":""', `"sha256":"${await sha256Hex(unsigned)}"`);
    const backup = await readBackup(new TextEncoder().encode(text), { schemaVersion: CURRENT_VERSION });
    expect(backup.schemaVersion).toBe(CURRENT_VERSION);
    expect(backup.tables.participants.find((p) => p.substituteReason)?.substituteReason).toEqual({ en: '', ru: 'Согласовано письмом' });
    expect(backup.tables.agendaItems.map((a) => a.notes)).toEqual([
      { en: 'Closed part', ru: '' },
      { en: '', ru: 'Узкий состав' },
    ]);
  });

  it('has a version-3 fixture that writes these fields bilingual, in both languages', () => {
    const t = v3.tables as Rows;
    const bilingual = (v: unknown): boolean => typeof v === 'object' && v !== null && 'en' in v && 'ru' in v;
    const sessions = t.sessions ?? [];
    expect(sessions.some((s) => bilingual((s.venue as { place?: unknown }).place))).toBe(true);
    expect(sessions.filter((s) => s.notes !== undefined).every((s) => bilingual(s.notes))).toBe(true);
    expect((t.actionUpdates ?? []).every((u) => bilingual(u.text))).toBe(true);
  });
});
