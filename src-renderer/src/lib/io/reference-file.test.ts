import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../backup/io/canonical-json';
import { ReferenceFileError, type ReferenceSet } from './reference-file-format';
import { readReferenceFile } from './reference-file-read';
import { encodeReferenceFile, referenceFileName } from './reference-file-write';
import { scoSet } from './reference-file.fixture';

const encode = async (set: ReferenceSet): Promise<string> =>
  encodeReferenceFile({ set, schemaVersion: 2, appVersion: 'test', createdAt: new Date('2019-06-14T10:00:00Z') });
const read = (text: string): Promise<ReferenceSet> => readReferenceFile(new TextEncoder().encode(text), { schemaVersion: 2 });

/** Changes a written file and signs it again, so that only the checks of its content can refuse it. */
async function resigned(
  text: string,
  change: (file: Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> }) => void,
) {
  const file = JSON.parse(text) as Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };
  change(file);
  file.sha256 = '';
  const unsigned = canonicalJson(file);
  const at = unsigned.indexOf('"sha256":""') + '"sha256":"'.length;
  return unsigned.slice(0, at) + (await sha256Hex(unsigned)) + unsigned.slice(at);
}

async function refusal(text: string | Promise<string>): Promise<ReferenceFileError> {
  try {
    await read(await text);
  } catch (error) {
    if (error instanceof ReferenceFileError) return error;
    throw error;
  }
  throw new Error('the file was taken');
}

describe('reference file (JSON)', () => {
  it('names its format, versions and counts, and reads back the same rows in every script', async () => {
    const set = scoSet();
    const text = await encode(set);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'chairdesk-reference',
      formatVersion: 1,
      schemaVersion: 2,
      counts: { organizations: 1, parties: 5, bodies: 2, persons: 4, appointments: 4, themes: 2 },
    });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const back = await read(text);
    expect(back.organization).toEqual(set.organization);
    // Rows come back in primary-key order.
    expect(back.persons).toEqual([...set.persons].sort((a, b) => a.id.localeCompare(b.id)));
    expect(back.bodies.find((b) => b.id === 'b-cfm')).toEqual(set.bodies[1]);
    expect(back.persons.find((p) => p.id === 'pe-muhriddin')?.names.ru.family).toBe('Муҳриддин');
    expect(await encode(back)).toBe(text);
  });

  it('refuses a changed byte by its checksum, and a re-signed file that is not canonical', async () => {
    const text = await encode(scoSet());
    const changed = text.replace('Лавров', 'Лавреv');
    expect((await refusal(changed)).code).toBe('checksum');
    // The same content with a space added: the checksum holds, the canonical form does not.
    expect((await refusal(text.replace('{"appVersion"', '{ "appVersion"'))).code).toBe('not-canonical');
    expect((await refusal(text.slice(0, text.length - 7))).code).toBe('truncated');
    expect((await refusal('')).code).toBe('empty');
    expect((await refusal('{"format":"chairdesk-backup"}')).code).toBe('not-reference');
  });

  it('refuses a file from newer code and a file whose counts do not match its rows', async () => {
    const text = await encode(scoSet());
    expect((await refusal(resigned(text, (f) => (f.schemaVersion = 3)))).code).toBe('newer-schema');
    expect((await refusal(resigned(text, (f) => (f.formatVersion = 2)))).code).toBe('newer-format');
    expect((await refusal(resigned(text, (f) => f.tables.persons?.pop()))).code).toBe('counts');
  });

  it('refuses __proto__ keys before they reach any object', async () => {
    const text = await encode(scoSet());
    const polluted = text.replace('{"acronym"', '{"__proto__":{"polluted":true},"acronym"');
    expect((await refusal(polluted)).code).toBe('forbidden-key');
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
  });

  it('names the table, row and field of every row in error', async () => {
    const text = await encode(scoSet());
    const error = await refusal(
      resigned(text, (f) => {
        const persons = f.tables.persons ?? [];
        persons[1] = { ...persons[1], email: 'not an address' };
        persons[3] = { ...persons[3], partyId: 'p-nowhere' };
        const seats = f.tables.appointments ?? [];
        seats[0] = { ...seats[0], to: '2001-01-01' };
      }),
    );
    expect(error.code).toBe('invalid-rows');
    expect(error.issues).toEqual([{ table: 'persons', row: 2, field: 'email', code: 'invalid', value: 'not an address' }]);
  });

  it('checks references and form rules once every row has its type', async () => {
    const text = await encode(scoSet());
    const error = await refusal(
      resigned(text, (f) => {
        const persons = f.tables.persons ?? [];
        persons[3] = { ...persons[3], partyId: 'p-nowhere' };
        const seats = f.tables.appointments ?? [];
        seats[0] = { ...seats[0], to: '2001-01-01' };
        const parties = f.tables.parties ?? [];
        // Rows are in id order: p-by, p-kg, p-kz…
        parties[2] = { ...parties[2], short: { en: 'Kyrgyzstan', ru: 'Киргизия' } };
        const bodies = f.tables.bodies ?? [];
        bodies[0] = { ...bodies[0], seats: [{ partyId: 'p-by' }] };
      }),
    );
    expect(error.issues.map(({ table, row, field, code }) => `${table}[${row}].${field} ${code}`)).toEqual([
      'parties[3].short duplicate-name',
      'bodies[1].seats.0.partyId not-a-member',
      'bodies[1].quorum invalid',
      'persons[4].partyId unknown-reference',
      'appointments[1].to end-before-start',
    ]);
  });

  it('holds exactly one organization, and every row belongs to it', async () => {
    const text = await encode(scoSet());
    const two = await refusal(
      resigned(text, (f) => {
        f.tables.organizations?.push({ ...f.tables.organizations[0], id: 'org-other' });
        (f.counts as Record<string, number>).organizations = 2;
      }),
    );
    expect(two.issues).toContainEqual({ table: 'organizations', row: 2, code: 'one-organization' });
    const other = await refusal(resigned(text, (f) => ((f.tables.themes?.[0] ?? {}).organizationId = 'org-other')));
    expect(other.issues).toEqual([{ table: 'themes', row: 1, field: 'organizationId', code: 'other-organization', value: 'org-other' }]);
  });

  it('names its file after the organization and the day', () => {
    expect(referenceFileName('sco-reference-data', new Date(2019, 5, 14))).toBe('sco-reference-data-2019-06-14.chairdesk-reference.json');
  });
});
