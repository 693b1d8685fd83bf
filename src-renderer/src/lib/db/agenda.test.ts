import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadExampleYear } from '../example/load';
import { ValidationError } from './errors';
import { createStore, openStore, type Store } from './index';

let store: Store;
const CDM = 'ex-session-2015-06-03-cdm';

beforeEach(async () => {
  store = await openStore(createStore(`agenda-${crypto.randomUUID()}`), () => undefined);
  await loadExampleYear(store);
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

const titles = async (): Promise<string[]> => (await store.agenda.forSession(CDM)).map((i) => `${i.position}:${i.title.en}`);

describe('agenda repository', () => {
  it('appends items at positions 1…n and reorders them in one step', async () => {
    for (const en of ['Opening', 'Military-technical cooperation', 'Closing'])
      await store.agenda.append(CDM, { title: { en, ru: '' }, minutes: 15 });
    expect(await titles()).toEqual(['1:Opening', '2:Military-technical cooperation', '3:Closing']);
    const [a, b, c] = await store.agenda.forSession(CDM);
    await store.agenda.reorder(CDM, [b?.id ?? '', c?.id ?? '', a?.id ?? '']);
    expect(await titles()).toEqual(['1:Military-technical cooperation', '2:Closing', '3:Opening']);
  });

  it('closes the gap when an item is removed', async () => {
    for (const en of ['A', 'B', 'C']) await store.agenda.append(CDM, { title: { en, ru: '' }, minutes: 5 });
    const [, b] = await store.agenda.forSession(CDM);
    if (!b) throw new Error('no item');
    await store.agenda.removeAndClose(b);
    expect(await titles()).toEqual(['1:A', '2:C']);
  });

  it('refuses an item without a title and writes nothing', async () => {
    await expect(store.agenda.append(CDM, { title: { en: ' ', ru: '' }, minutes: 5 })).rejects.toBeInstanceOf(ValidationError);
    expect(await titles()).toEqual([]);
  });
});

describe('session operations', () => {
  it('postpones with the old dates and status kept as history', async () => {
    const csc = await store.sessions.require('ex-session-2015-09-15-csc');
    const moved = await store.sessions.postpone(csc, { start: '2015-10-15T00:00', end: '2015-10-15T00:00' });
    expect(moved).toMatchObject({ status: 'postponed', start: '2015-10-15T00:00', icsSequence: 1 });
    expect(moved.history).toEqual([
      {
        at: expect.any(String) as string,
        kind: 'postponed',
        from: { start: '2015-09-15T00:00', end: '2015-09-15T00:00', timeZone: 'Asia/Dushanbe', allDay: true },
        status: 'confirmed',
      },
    ]);
  });

  it('duplicates a session as a draft on new dates, with its agenda and a new UID', async () => {
    await store.agenda.append(CDM, { title: { en: 'Opening', ru: 'Открытие' }, minutes: 10 });
    const cdm = await store.sessions.require(CDM);
    const copy = await store.sessions.duplicate(cdm, { start: '2016-06-02T00:00', end: '2016-06-03T00:00' });
    expect(copy).toMatchObject({ status: 'draft', start: '2016-06-02T00:00', bodyIds: cdm.bodyIds, icsSequence: 0 });
    expect(copy.icsUid).not.toBe(cdm.icsUid);
    expect((await store.agenda.forSession(copy.id)).map((i) => i.title.ru)).toEqual(['Открытие']);
  });

  it('deletes a session with its participants, and Undo puts every row back', async () => {
    const april = await store.sessions.require('ex-session-2015-04-02-cfm');
    const before = await store.db.participants.where('sessionId').equals(april.id).count();
    const deleted = await store.sessions.delete(april);
    expect(await store.sessions.get(april.id)).toBeUndefined();
    expect(await store.db.participants.where('sessionId').equals(april.id).count()).toBe(0);
    expect(await store.db.tombstones.get(['sessions', april.id])).toMatchObject({ table: 'sessions', id: april.id });
    await store.sessions.restore(deleted);
    // Put back as it was, stamped as written whole again (a copy that saw the deletion takes it back).
    const back = await store.sessions.get(april.id);
    expect(back).toMatchObject(april);
    expect(Object.values(back?.fieldHlc ?? {})).not.toHaveLength(0);
    expect(await store.db.tombstones.count()).toBe(0);
    expect(await store.db.participants.where('sessionId').equals(april.id).count()).toBe(before);
    expect(await store.db.documents.where('sessionId').equals(april.id).count()).toBe(1);
  });
});
