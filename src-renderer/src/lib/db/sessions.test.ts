import { afterEach, describe, expect, it } from 'vitest';
import { createStore, openStore, type Store } from './index';
import { StaleEditError, ValidationError } from './errors';
import type { SessionInput } from './sessions';

let store: Store;
let tick = 0;
const clock = (): Date => new Date(Date.UTC(2015, 0, 1, 0, 0, tick++));

async function open(): Promise<Store> {
  store = await openStore(createStore(`sessions-${crypto.randomUUID()}`, clock), () => undefined);
  return store;
}

afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

const cfm: SessionInput = {
  title: { en: 'Session of the Council of Foreign Ministers', ru: 'Заседание СМИД' },
  bodyIds: ['cfm'],
  kind: 'regular',
  status: 'planned',
  allDay: false,
  start: '2015-04-02T10:00',
  end: '2015-04-02T13:00',
  timeZone: 'Asia/Dushanbe',
  venue: { city: { en: 'Dushanbe', ru: 'Душанбе' } },
};

describe('sessions repository', () => {
  it('keeps the reason given for postponing and for cancelling, trimmed, and none when left empty', async () => {
    const { sessions } = await open();
    const created = await sessions.create(cfm);
    const moved = await sessions.postpone(
      created,
      { start: '2015-04-09T10:00', end: '2015-04-09T13:00' },
      { en: ' The venue is under repair ', ru: '' },
    );
    const cancelled = await sessions.cancel(moved, { en: '', ru: 'Нет кворума' });
    expect(cancelled.history?.map((change) => [change.kind, change.reason])).toEqual([
      ['postponed', { en: 'The venue is under repair', ru: '' }],
      ['cancelled', { en: '', ru: 'Нет кворума' }],
    ]);
    const again = await sessions.postpone(
      await sessions.create(cfm),
      { start: '2015-04-09T10:00', end: '2015-04-09T13:00' },
      { en: ' ', ru: '' },
    );
    expect(again.history?.[0]).not.toHaveProperty('reason');
    expect((await sessions.get(cancelled.id))?.history?.[1]?.reason).toEqual({ en: '', ru: 'Нет кворума' });
  });

  it('stores the venue wall clock and derives UTC instants, a stable UID and revision 1', async () => {
    const { sessions } = await open();
    const created = await sessions.create(cfm);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({
      start: '2015-04-02T10:00',
      startUtc: '2015-04-02T05:00:00.000Z',
      endUtc: '2015-04-02T08:00:00.000Z',
      rev: 1,
      icsSequence: 0,
    });
    expect(created.icsUid).toBe(`${created.id}@chairdesk`);
    expect(await sessions.get(created.id)).toEqual(created);
  });

  it('lasts an all-day session until midnight after its last day', async () => {
    const { sessions } = await open();
    const created = await sessions.create({ ...cfm, allDay: true, start: '2015-05-19T09:00', end: '2015-05-20T00:00' });
    expect(created).toMatchObject({ start: '2015-05-19T00:00', startUtc: '2015-05-18T19:00:00.000Z', endUtc: '2015-05-20T19:00:00.000Z' });
  });

  it('bumps rev, updatedAt and the ICS sequence on every edit, and re-derives the instants', async () => {
    const { sessions } = await open();
    const created = await sessions.create(cfm);
    const moved = await sessions.edit(created, { start: '2015-04-03T10:00', end: '2015-04-03T12:00' });
    expect(moved).toMatchObject({
      rev: 2,
      icsSequence: 1,
      startUtc: '2015-04-03T05:00:00.000Z',
      icsUid: created.icsUid,
      createdAt: created.createdAt,
    });
    expect(moved.updatedAt > created.updatedAt).toBe(true);
  });

  it('refuses an edit of a field another window changed meanwhile, naming it and giving its new value, writing nothing', async () => {
    const { sessions } = await open();
    const created = await sessions.create(cfm);
    const other = await openStore(createStore(store.db.name, clock), () => undefined);
    await other.sessions.edit(created, { status: 'confirmed' });
    const stale = sessions.edit(created, { status: 'held' });
    await expect(stale).rejects.toBeInstanceOf(StaleEditError);
    const error = (await stale.catch((e: unknown) => e)) as StaleEditError;
    expect(error.changedFields).toEqual(['status']);
    expect(error.current).toMatchObject({ status: 'confirmed' });
    expect(await sessions.get(created.id)).toMatchObject({ rev: 2, status: 'confirmed' });
    other.db.close();
    other.bulkDb.close();
  });

  it('keeps both edits when two windows change different fields of one session', async () => {
    const { sessions } = await open();
    const created = await sessions.create(cfm);
    const other = await openStore(createStore(store.db.name, clock), () => undefined);
    await other.sessions.edit(created, { status: 'confirmed' });
    await sessions.edit(created, { notes: { en: 'from this window', ru: '' } });
    expect(await sessions.get(created.id)).toMatchObject({ rev: 3, status: 'confirmed', notes: { en: 'from this window', ru: '' } });
    other.db.close();
    other.bulkDb.close();
  });

  it('applies quick edits of one window in order, never refusing its own as stale', async () => {
    const { sessions } = await open();
    const created = await sessions.create(cfm);
    // The screen still shows revision 1 while these run: each starts from it.
    await Promise.all([
      sessions.edit(created, { status: 'confirmed' }),
      sessions.edit(created, { status: 'held' }),
      sessions.edit(created, { notes: { en: 'n', ru: '' } }),
    ]);
    expect(await sessions.get(created.id)).toMatchObject({ rev: 4, status: 'held', notes: { en: 'n', ru: '' } });
  });

  it('stamps every field an edit changes, for merges', async () => {
    const { sessions } = await open();
    const created = await sessions.create(cfm);
    expect(created.fieldHlc).toBeUndefined();
    const edited = await sessions.edit(created, { status: 'confirmed' });
    expect(Object.keys(edited.fieldHlc ?? {}).sort()).toEqual(['icsSequence', 'status']);
    expect(edited.fieldHlc?.status).toMatch(/^[0-9a-z]{13}-[0-9a-z]+$/);
  });

  it('refuses an invalid session, naming the field, and writes nothing', async () => {
    const { sessions } = await open();
    await expect(sessions.create({ ...cfm, end: '2015-04-02T09:00' })).rejects.toEqual(
      new ValidationError('sessions', [{ field: 'end', code: 'end-before-start' }]),
    );
    const created = await sessions.create(cfm);
    await expect(sessions.edit(created, { timeZone: 'Asia/Atlantis' })).rejects.toBeInstanceOf(ValidationError);
    expect(await sessions.count()).toBe(1);
    expect(await sessions.get(created.id)).toEqual(created);
  });

  it('reads a year’s sessions from the start index, in order', async () => {
    const { sessions } = await open();
    await sessions.create({ ...cfm, start: '2015-09-14T10:00', end: '2015-09-14T12:00' });
    await sessions.create(cfm);
    await sessions.create({ ...cfm, start: '2016-01-10T10:00', end: '2016-01-10T12:00' });
    const year = await sessions.startingBetween('2014-12-31T19:00:00.000Z', '2015-12-31T19:00:00.000Z');
    expect(year.map((s) => s.start)).toEqual(['2015-04-02T10:00', '2015-09-14T10:00']);
  });
});
