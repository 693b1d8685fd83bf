import { afterEach, describe, expect, it } from 'vitest';
import { loadExampleYear } from '../example/load';
import { StaleEditError, ValidationError } from './errors';
import { createStore, openStore, type Store } from './index';
import { readSeating } from './seating-read-models';

let store: Store;
const APRIL = 'ex-session-2015-04-02-cfm';

async function open(): Promise<Store> {
  store = await openStore(createStore(`seating-${crypto.randomUUID()}`), () => undefined);
  await loadExampleYear(store, new Date('2015-01-01T00:00:00Z'));
  return store;
}

afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

const options = { shape: 'round', seatsPerDelegation: 2, booths: 2 } as const;

describe('a session’s seating plan', () => {
  it('is made from the list, keeps a swap, and says when a delegation withdraws', async () => {
    await open();
    const before = await readSeating(store, APRIL);
    expect(before?.plan).toBeUndefined();
    expect(before?.fromList.order.length).toBeGreaterThan(2);
    const made = await store.seatingPlans.make(APRIL, options, before?.fromList ?? { order: [], guests: [] });
    const [a, b, c] = made.order as [string, string, string];
    const swapped = await store.seatingPlans.swap(made, a, c);
    expect(swapped.order.slice(0, 3)).toEqual([c, b, a]);

    const view = await readSeating(store, APRIL);
    expect(view?.plan?.order).toEqual(swapped.order);
    expect(view?.mismatch).toBeNull();

    // The delegation in place b declines: the plan no longer matches the list.
    const rows = await store.participants.ofSession(APRIL);
    for (const row of rows.filter((r) => r.partyId === b)) await store.participants.update(row, { invitation: 'declined' });
    const after = await readSeating(store, APRIL);
    expect(after?.mismatch).toEqual({ added: [], withdrawn: [b] });
    // Its places stay as they were until the plan is rebuilt.
    expect(after?.plan?.order).toEqual(swapped.order);
  });

  it('refuses a swap on a plan someone else changed since it was read', async () => {
    await open();
    const view = await readSeating(store, APRIL);
    const made = await store.seatingPlans.make(APRIL, options, view?.fromList ?? { order: [], guests: [] });
    const [a, b, c] = made.order as [string, string, string];
    const other = await openStore(createStore(store.db.name), () => undefined);
    await other.seatingPlans.swap(made, a, b);
    await expect(store.seatingPlans.swap(made, b, c)).rejects.toBeInstanceOf(StaleEditError);
    expect((await store.seatingPlans.ofSession(APRIL))?.order.slice(0, 3)).toEqual([b, a, c]);
    other.db.close();
    other.bulkDb.close();
  });

  it('makes one plan per session: making it again replaces the places and forgets an earlier lot', async () => {
    await open();
    const view = await readSeating(store, APRIL);
    const places = view?.fromList ?? { order: [], guests: [] };
    const lot = places.order[2] ?? '';
    await store.seatingPlans.make(APRIL, { ...options, startPartyId: lot }, places);
    const again = await store.seatingPlans.make(APRIL, { ...options, shape: 'theatre' }, places);
    expect(await store.db.seatingPlans.where('sessionId').equals(APRIL).count()).toBe(1);
    expect(again.shape).toBe('theatre');
    expect(again.startPartyId).toBeUndefined();
    expect(again.rev).toBe(2);
  });

  it('refuses seats and booths out of range, writing nothing', async () => {
    await open();
    await expect(store.seatingPlans.make(APRIL, { ...options, seatsPerDelegation: 0 }, { order: [], guests: [] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(store.seatingPlans.make(APRIL, { ...options, booths: 99 }, { order: [], guests: [] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await store.db.seatingPlans.count()).toBe(0);
  });
});
