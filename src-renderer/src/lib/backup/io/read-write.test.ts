import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './canonical-json';
import { BackupError, emptyTables, type BackupTables } from './file-format';
import { readBackup } from './read';
import { CURRENT_VERSION } from '../../db/schema';
import { backupFileName, encodeBackup } from './write';

const AT = '2015-04-02T06:00:00.000Z';
const stampRow = { createdAt: AT, updatedAt: AT, rev: 1 };

function sampleTables(): BackupTables {
  const tables = emptyTables();
  tables.organizations.push({
    id: 'o1',
    ...stampRow,
    name: { en: 'Collective Security Treaty Organization', ru: 'ОДКБ' },
    short: { en: '', ru: '' },
    acronym: { en: 'CSTO', ru: 'ОДКБ' },
    protocolOrder: { kind: 'alphabetical', language: 'ru' },
  });
  tables.chairmanships.push({
    id: 'c1',
    ...stampRow,
    organizationId: 'o1',
    chairState: { en: 'Tajikistan', ru: 'Таджикистан' },
    year: 2015,
    firstDay: '2015-01-01',
    lastDay: '2015-12-31',
    homeTimeZone: 'Asia/Dushanbe',
    example: 0,
  });
  tables.persons.push(
    {
      id: 'p2',
      ...stampRow,
      organizationId: 'o1',
      names: { en: { given: 'Sirojiddin', family: 'Aslov' }, ru: { given: 'Сироҷиддин', family: 'Аслов' } },
      honorific: { en: 'H.E.', ru: '' },
      notes: 'ӣ ӯ ҳ ҷ қ ғ · é ü · 🇹🇯 · ' + 'x'.repeat(10_000),
    },
    {
      id: 'p1',
      ...stampRow,
      organizationId: 'o1',
      names: { en: { given: '', family: 'Lavrov' }, ru: { given: '', family: 'Лавров' } },
      honorific: { en: '', ru: '' },
    },
  );
  tables.settings.push({ key: 'locale', value: 'ru', updatedAt: AT, rev: 2 });
  return tables;
}

const encode = (tables: BackupTables = sampleTables()) =>
  encodeBackup({ tables, schemaVersion: CURRENT_VERSION, appVersion: '0.1.0', createdAt: new Date(AT) });
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (data: Uint8Array | string) => readBackup(typeof data === 'string' ? bytes(data) : data, { schemaVersion: CURRENT_VERSION });

async function refusal(data: Uint8Array | string): Promise<string> {
  try {
    await read(data);
  } catch (error) {
    if (error instanceof BackupError) return error.code;
    throw error;
  }
  return 'accepted';
}

/** A changed backup whose checksum was made to match again: only the content checks can refuse it. */
async function resigned(change: (backup: Record<string, unknown>) => void): Promise<string> {
  const { backup } = await encode();
  const copy = JSON.parse(JSON.stringify(backup)) as Record<string, unknown>;
  change(copy);
  copy.sha256 = '';
  const unsigned = canonicalJson(copy);
  return unsigned.replace('"sha256":""', `"sha256":"${await sha256Hex(unsigned)}"`);
}

describe('the backup format', () => {
  it('reads back exactly what it wrote, rows in key order, with counts and a checksum', async () => {
    const { text, backup } = await encode();
    expect(backup.counts.persons).toBe(2);
    expect(backup.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await read(text);
    expect(again.tables.persons.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(canonicalJson(again.tables)).toBe(canonicalJson(backup.tables));
    expect(String(again.tables.persons[1]?.notes)).toContain('ӣ ӯ ҳ ҷ қ ғ · é ü · 🇹🇯');
  });

  it('writes the same bytes for the same content, whatever the order of rows and keys', async () => {
    const a = await encode();
    const tables = sampleTables();
    tables.persons.reverse();
    const first = tables.persons[0];
    if (first) tables.persons[0] = Object.fromEntries(Object.entries(first).reverse());
    expect((await encode(tables)).text).toBe(a.text);
  });

  it('keeps the day a progress note took effect, and refuses one that is not a date', async () => {
    const tables = sampleTables();
    const note = {
      id: 'u1',
      ...stampRow,
      actionItemId: 'i1',
      at: AT,
      on: '2015-03-27',
      text: { en: '', ru: '' },
      statusFrom: 'in-progress' as const,
      statusTo: 'done' as const,
    };
    tables.actionUpdates.push(note);
    const again = await read((await encode(tables)).text);
    expect(again.tables.actionUpdates[0]?.on).toBe('2015-03-27');
    tables.actionUpdates[0] = { ...note, on: 'Friday' };
    expect(await refusal((await encode(tables)).text)).not.toBe('accepted');
  });

  it('names the file after the chairmanship year and the day', () => {
    expect(backupFileName(2015, new Date(2026, 10, 28, 9, 30, 15))).toBe('chairdesk-2015-2026-11-28-093015.chairdesk.json');
  });

  it('puts the computer’s label in the name, letters of any script kept, so two colleagues’ backups never collide', () => {
    const at = new Date(2026, 10, 28, 9, 30);
    expect(backupFileName(2015, at, 'Протокольный отдел, ноутбук А')).toBe(
      'chairdesk-2015-протокольный-отдел-ноутбук-а-2026-11-28-093000.chairdesk.json',
    );
    expect(backupFileName(2015, at, 'Desk B / Ҳисор')).toBe('chairdesk-2015-desk-b-ҳисор-2026-11-28-093000.chairdesk.json');
    expect(backupFileName(2015, at, 'A')).not.toBe(backupFileName(2015, at, 'B'));
  });

  it.each([30, 50, 70, 90, 99])('refuses a backup cut at %i %% as cut short', async (percent) => {
    const { text } = await encode();
    const all = bytes(text);
    expect(await refusal(all.slice(0, Math.floor((all.length * percent) / 100)))).toBe('truncated');
  });

  it('calls a backup cut inside a Cyrillic letter cut short, not written in another encoding', async () => {
    const { text } = await encode();
    const all = bytes(text);
    // The first byte of a two-byte letter: the cut falls inside it.
    const inside = all.findIndex((b) => b >= 0xc2 && b <= 0xdf);
    expect(inside).toBeGreaterThan(0);
    expect(await refusal(all.slice(0, inside + 1))).toBe('truncated');
  });

  it('catches a change of any one byte', async () => {
    const { text } = await encode();
    const all = bytes(text);
    const outcomes = new Set<string>();
    for (let i = 0; i < all.length; i += 97) {
      const changed = all.slice();
      changed[i] = (changed[i] ?? 0) ^ 0x01;
      outcomes.add(await refusal(changed));
    }
    expect(outcomes.has('accepted')).toBe(false);
    expect(outcomes.has('checksum')).toBe(true);
  });

  it.each([1_000, 19_000, 25_000, 250_000, 2_500_000])(
    'catches a one-letter change by the checksum in a backup of any size (notes of %i characters)',
    async (length) => {
      const tables = sampleTables();
      const person = tables.persons[0];
      if (person) person.notes = `${'x'.repeat(length)} end of the notes`;
      const { text } = await encode(tables);
      expect(text.length).toBeGreaterThan(length);
      // The letter in the middle of the notes: a file that stays well-formed, canonical and valid.
      const at = text.indexOf('x'.repeat(length)) + Math.floor(length / 2);
      const changed = `${text.slice(0, at)}y${text.slice(at + 1)}`;
      expect(changed.length).toBe(text.length);
      expect(await refusal(changed)).toBe('checksum');
    },
  );

  it.each([
    ['empty', ''],
    ['blank', '  \n'],
    ['a JSON array', '[]'],
    ['another format', '{"format":"dexie","data":{}}'],
  ])('refuses %s', async (_label, text) => {
    expect(await refusal(text)).not.toBe('accepted');
  });

  it('refuses a file in another encoding', async () => {
    const { text } = await encode();
    const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    const utf16 = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    expect(await refusal(utf16)).toBe('encoding');
  });

  it('refuses a pretty-printed or reordered copy even with a matching checksum', async () => {
    const { text } = await encode();
    expect(await refusal(JSON.stringify(JSON.parse(text), null, 2))).toBe('not-canonical');
  });

  it.each([
    ['a newer schema', (b: Record<string, unknown>) => (b.schemaVersion = 99), 'newer-schema'],
    ['a newer format', (b: Record<string, unknown>) => (b.formatVersion = 3), 'newer-format'],
    ['a missing table', (b: Record<string, unknown>) => delete (b.tables as Record<string, unknown>).persons, 'not-backup'],
    ['an unknown table', (b: Record<string, unknown>) => ((b.tables as Record<string, unknown>).secrets = []), 'not-backup'],
    ['a count that does not match', (b: Record<string, unknown>) => ((b.counts as Record<string, number>).persons = 3), 'counts'],
    [
      'a name that is a number',
      (b: Record<string, unknown>) => {
        const persons = (b.tables as Record<string, Record<string, unknown>[]>).persons;
        if (persons?.[0]) persons[0].names = { en: { given: 1, family: 2 }, ru: { given: '', family: '' } };
      },
      'invalid-rows',
    ],
    [
      'a row without an id',
      (b: Record<string, unknown>) => {
        const persons = (b.tables as Record<string, Record<string, unknown>[]>).persons;
        if (persons?.[0]) delete persons[0].id;
      },
      'invalid-rows',
    ],
    [
      'two rows with one id',
      (b: Record<string, unknown>) => {
        const persons = (b.tables as Record<string, Record<string, unknown>[]>).persons;
        if (persons?.[0] && persons[1]) persons[1].id = persons[0].id;
      },
      'duplicate-keys',
    ],
  ])('refuses %s, though its checksum matches', async (_label, change, code) => {
    expect(await refusal(await resigned(change))).toBe(code);
  });

  it('refuses __proto__ keys and leaves every prototype alone', async () => {
    const { text } = await encode();
    const poisoned = text.replace('"notes":', '"__proto__":{"polluted":1},"notes":');
    expect(await refusal(poisoned)).toBe('forbidden-key');
    expect(await refusal('{"format":"chairdesk-backup","constructor":{"prototype":{"polluted":1}}}')).toBe('forbidden-key');
    const fresh: Record<string, unknown> = {};
    expect(fresh.polluted).toBeUndefined();
  });

  it('refuses deep nesting before parsing it', async () => {
    expect(await refusal(`{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toBe('too-deep');
  });

  it('refuses a file over the size limit without reading it', async () => {
    await expect(readBackup(new Uint8Array(11), { schemaVersion: 1, maxBytes: 10 })).rejects.toMatchObject({ code: 'too-large' });
  });
});
