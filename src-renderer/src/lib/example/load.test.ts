import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, openStore, type Store } from '../db';
import { readSessionDetail, readYearSessions } from '../db/read-models';
import { validateSession } from '../domain/session-rules';
import { TABLE_NAMES } from '../db/schema';
import { CHAIRMANSHIP_ID } from './csto-2015';
import { loadExampleYear } from './load';

let store: Store;
beforeEach(async () => {
  store = await openStore(createStore(`example-${crypto.randomUUID()}`), () => undefined);
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

async function counts(): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (t) => [t, await store.db.table(t).count()] as const)));
}

describe('the example year (CSTO, chairmanship of Tajikistan, 2015)', () => {
  it('lists the 2015 sessions in date order, in Dushanbe, Khujand and abroad', async () => {
    await loadExampleYear(store);
    const chairmanship = await store.chairmanships.require(CHAIRMANSHIP_ID);
    expect(chairmanship).toMatchObject({ year: 2015, homeTimeZone: 'Asia/Dushanbe', example: 1 });
    const rows = await readYearSessions(store, chairmanship);
    expect(
      rows.map(({ session, bodies }) => [session.start.slice(0, 10), bodies.map((b) => b.acronym.en).join('+'), session.venue.city.en]),
    ).toEqual([
      ['2015-04-02', 'CFM', 'Dushanbe'],
      ['2015-05-19', 'CSSC', 'Khujand'],
      ['2015-06-03', 'CDM', 'Dushanbe'],
      ['2015-09-14', 'CFM+CDM+CSSC', 'Dushanbe'],
      ['2015-09-15', 'CSC', 'Dushanbe'],
      ['2015-09-29', 'CFM', 'New York'],
      ['2015-12-02', 'CFM', 'Belgrade'],
    ]);
    for (const { session } of rows) expect(validateSession(session)).toEqual([]);
  });

  it('records the 2 April participants as they attended, member states in protocol order, then the guests', async () => {
    await loadExampleYear(store);
    const detail = await readSessionDetail(store, 'ex-session-2015-04-02-cfm');
    expect(detail?.participants.map((p) => `${p.party?.short.ru}: ${p.person?.names.ru.family}`)).toEqual([
      'Армения: Налбандян',
      'Беларусь: Макей',
      'Казахстан: Идрисов',
      'Кыргызстан: Абдылдаев',
      'Россия: Лавров',
      'Таджикистан: Аслов',
      'ОБСЕ: Дачич',
      'ОБСЕ: Мюллер',
      'ООН: Енча',
    ]);
    expect(detail?.participants.every((p) => p.participant.attendance === 'present')).toBe(true);
    expect(detail?.chair?.names.en.family).toBe('Aslov');
    expect(detail?.documents.map((d) => d.kind)).toEqual(['statement']);
  });

  it('loads twice without duplicating anything, and keeps edits made meanwhile', async () => {
    const first = await loadExampleYear(store);
    const before = await counts();
    const april = await store.sessions.require('ex-session-2015-04-02-cfm');
    await store.sessions.edit(april, { notes: { en: 'edited by the secretariat', ru: '' } });

    const second = await loadExampleYear(store);
    expect(second.rowsAdded).toBe(0);
    expect(first.rowsAdded).toBeGreaterThan(50);
    expect(await counts()).toEqual(before);
    expect((await store.sessions.require(april.id)).notes).toEqual({ en: 'edited by the secretariat', ru: '' });
  });

  it('holds only references that resolve: persons, parties, bodies, sessions and parent items', async () => {
    await loadExampleYear(store);
    const { db } = store;
    const ids = async (table: string): Promise<Set<string>> => new Set((await db.table(table).toCollection().primaryKeys()) as string[]);
    const [persons, parties, bodies, sessions, items] = await Promise.all([
      ids('persons'),
      ids('parties'),
      ids('bodies'),
      ids('sessions'),
      ids('actionItems'),
    ]);
    for (const a of await db.appointments.toArray()) {
      expect(persons.has(a.personId) && bodies.has(a.bodyId) && parties.has(a.partyId), a.id).toBe(true);
    }
    for (const p of await db.participants.toArray())
      expect(persons.has(p.personId) && parties.has(p.partyId) && sessions.has(p.sessionId), p.id).toBe(true);
    for (const s of await db.sessions.toArray())
      expect(
        s.bodyIds.every((b) => bodies.has(b)),
        s.id,
      ).toBe(true);
    for (const i of await db.actionItems.toArray()) {
      expect(!i.parentId || items.has(i.parentId), i.id).toBe(true);
      expect(!i.dueSessionId || sessions.has(i.dueSessionId), i.id).toBe(true);
    }
    expect((await db.actionPlans.toArray())[0]?.title.en).toMatch(/example data/);
  });

  it('numbers the Action Plan hierarchically with item 1 holding 1.1 and 1.2', async () => {
    await loadExampleYear(store);
    const items = await store.db.actionItems.orderBy('id').toArray();
    const numbers = items.map((i) => i.number).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(numbers.filter((n) => n.startsWith('1'))).toEqual(['1', '1.1', '1.2']);
    expect(items.every((i) => (i.number.includes('.') ? i.parentId : !i.parentId))).toBe(true);
  });
});
