import { describe, expect, it } from 'vitest';
import { readBackup } from '../../backup/io/read';
import { canonicalJson, sha256Hex } from '../../backup/io/canonical-json';
import { EXAMPLE_ORGANIZATION_ID, upgradeV1toV2, V1_THEMES } from '../../io/schema-upgrades';
import { CURRENT_VERSION, SCHEMA_V1 } from '../schema';
import { createStore, openStore } from '../index';
import v1 from './fixtures/v1.json';
import { installFixture } from './harness';

const NOW = '2026-12-02T04:00:00.000Z';
type Rows = Record<string, Record<string, unknown>[]>;
const v1Tables = (): Rows => JSON.parse(JSON.stringify(v1.tables)) as Rows;

async function upgradedDatabase(): Promise<Rows> {
  const name = `upgrade-v2-${crypto.randomUUID()}`;
  await installFixture(name, v1);
  const store = await openStore(createStore(name), () => undefined);
  const rows: Rows = {};
  for (const table of store.db.tables) rows[table.name] = (await table.toArray()) as Record<string, unknown>[];
  store.db.close();
  store.bulkDb.close();
  return rows;
}

describe('version 1 → 2: the reference data moves under an organization', () => {
  it('makes the example year’s organization from its chairmanship, with its names and the default protocol order', async () => {
    const rows = await upgradedDatabase();
    expect(rows.organizations).toEqual([
      expect.objectContaining({
        id: EXAMPLE_ORGANIZATION_ID,
        name: { en: 'Collective Security Treaty Organization', ru: 'Организация Договора о коллективной безопасности' },
        acronym: { en: 'CSTO', ru: 'ОДКБ' },
        protocolOrder: { kind: 'alphabetical', language: 'ru' },
      }),
    ]);
    const [chairmanship] = rows.chairmanships ?? [];
    expect(chairmanship).toMatchObject({ organizationId: EXAMPLE_ORGANIZATION_ID, firstDay: '2015-01-01', lastDay: '2015-12-31' });
    expect(chairmanship).not.toHaveProperty('organization');
  });

  it('gives every state, body, person and seat to that organization, ids unchanged', async () => {
    const rows = await upgradedDatabase();
    for (const table of ['parties', 'bodies', 'persons', 'appointments']) {
      expect(rows[table]?.map((r) => r.id).sort(), table).toEqual((v1.tables as Rows)[table]?.map((r) => r.id).sort());
      expect(new Set(rows[table]?.map((r) => r.organizationId)), table).toEqual(new Set([EXAMPLE_ORGANIZATION_ID]));
    }
  });

  it('seats every member state on every body, and numbers the states in protocol order', async () => {
    const rows = await upgradedDatabase();
    const members = (rows.parties ?? []).filter((p) => p.kind === 'member').map((p) => p.id);
    for (const body of rows.bodies ?? [])
      expect((body.seats as { partyId: string }[]).map((s) => s.partyId).sort()).toEqual([...members].sort());
    const byPosition = [...(rows.parties ?? [])]
      .sort((a, b) => Number(a.position) - Number(b.position))
      .map((p) => (p.short as { ru: string }).ru);
    expect(byPosition.slice(0, 6)).toEqual(['Армения', 'Беларусь', 'Казахстан', 'Кыргызстан', 'Россия', 'Таджикистан']);
  });

  it('turns the fixed themes into the organization’s rows under the same keys, so no Action Plan item changes', async () => {
    const rows = await upgradedDatabase();
    expect(rows.themes?.map((t) => t.id).sort()).toEqual(V1_THEMES.map((t) => t.key).sort());
    expect(rows.actionItems).toEqual((v1.tables as Rows).actionItems);
  });

  it('ends the example’s open-ended seats with the example year, so they never fill another year’s list', async () => {
    const rows = await upgradedDatabase();
    expect(new Set(rows.appointments?.map((a) => a.to))).toEqual(new Set(['2015-12-31']));
  });

  it('leaves the rows of the other tables as they were', async () => {
    const rows = await upgradedDatabase();
    // Sessions, agenda items, participants and progress notes are the next step's (003).
    for (const table of ['documents', 'actionPlans']) {
      expect(rows[table], table).toEqual((v1.tables as Rows)[table]);
    }
  });

  it('gives a second organization its own row, and the shared reference data to the example’s', () => {
    const tables = v1Tables();
    tables.chairmanships?.push({
      ...tables.chairmanships[0],
      id: 'sco-2019',
      organization: {
        name: { en: 'Shanghai Cooperation Organisation', ru: 'Шанхайская организация сотрудничества' },
        acronym: { en: 'SCO', ru: 'ШОС' },
      },
      year: 2019,
      example: 0,
    });
    const upgraded = upgradeV1toV2(tables, NOW);
    expect(upgraded.organizations?.map((o) => o.id)).toEqual([EXAMPLE_ORGANIZATION_ID, 'org-sco-2019']);
    expect(upgraded.chairmanships?.find((c) => c.id === 'sco-2019')?.organizationId).toBe('org-sco-2019');
    expect(new Set(upgraded.bodies?.map((b) => b.organizationId))).toEqual(new Set([EXAMPLE_ORGANIZATION_ID]));
  });

  it('reads a backup version 1 wrote into the same rows as the database upgrade', async () => {
    // A version-1 file: format 1, the 13 tables of version 1, canonical, with its checksum.
    const tables = Object.fromEntries(Object.keys(SCHEMA_V1).map((t) => [t, (v1.tables as Rows)[t] ?? []]));
    const counts = Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length]));
    const file = {
      format: 'chairdesk-backup',
      formatVersion: 1,
      schemaVersion: 1,
      appVersion: '0.1.0',
      createdAt: NOW,
      counts,
      sha256: '',
      tables,
    };
    const unsigned = canonicalJson(file);
    const text = unsigned.replace('"sha256":""', `"sha256":"${await sha256Hex(unsigned)}"`);
    // Read by the current version: upgraded step by step, as the database is.
    const backup = await readBackup(new TextEncoder().encode(text), { schemaVersion: CURRENT_VERSION });
    expect(backup.schemaVersion).toBe(CURRENT_VERSION);
    const database = await upgradedDatabase();
    const strip = (r: Record<string, unknown>): Record<string, unknown> => ({ ...r, createdAt: '', updatedAt: '' });
    for (const table of ['organizations', 'chairmanships', 'parties', 'bodies', 'persons', 'appointments', 'themes', 'sessions']) {
      const byId = (a: Record<string, unknown>, b: Record<string, unknown>): number => String(a.id).localeCompare(String(b.id));
      expect([...backup.tables[table as 'parties']].sort(byId).map(strip), table).toEqual(
        [...(database[table] ?? [])].sort(byId).map(strip),
      );
    }
    expect(backup.counts.organizations).toBe(1);
  });
});
