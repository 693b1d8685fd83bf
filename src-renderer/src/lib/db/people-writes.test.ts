import { afterEach, describe, expect, it } from 'vitest';
import { seatHolderOn } from '../domain/seats';
import type { Fields, Person } from '../domain/types';
import { loadExampleYear } from '../example/load';
import { ValidationError } from './errors';
import { createStore, openStore, type Store } from './index';
import { commitPersonImport, recordSuccessor, removePerson } from './people-writes';
import { readPersonDetail } from './people-read-models';

let store: Store;

async function open(): Promise<Store> {
  store = await openStore(createStore(`people-${crypto.randomUUID()}`), () => undefined);
  await loadExampleYear(store, new Date('2015-01-01T00:00:00Z'));
  return store;
}

afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

const someone = (family: string): Fields<Person> => ({
  organizationId: 'ex-org-csto',
  names: { en: { given: '', family }, ru: { given: '', family: '' } },
  honorific: { en: '', ru: '' },
});

describe('seats and successors', () => {
  it('records a new minister mid-year without rewriting the old appointment', async () => {
    await open();
    const successor = await store.persons.add({ ...someone('Successor'), partyId: 'ex-party-am' });
    const current = await store.appointments.require('ex-appt-nalbandian-cfm');
    await recordSuccessor(store, current, successor.id, '2015-07-01');
    const seat = await store.db.appointments.where('[bodyId+partyId]').equals(['ex-body-cfm', 'ex-party-am']).toArray();
    expect(seat.map((a) => [a.personId, a.from, a.to])).toEqual(
      expect.arrayContaining([
        ['ex-person-nalbandian', '2015-01-01', '2015-06-30'],
        [successor.id, '2015-07-01', undefined],
      ]),
    );
    expect(seatHolderOn(seat, 'ex-body-cfm', 'ex-party-am', '2015-04-02')?.personId).toBe('ex-person-nalbandian');
    expect(seatHolderOn(seat, 'ex-body-cfm', 'ex-party-am', '2015-09-29')?.personId).toBe(successor.id);
  });

  it('refuses a successor dated before the predecessor, writing nothing', async () => {
    await open();
    const current = await store.appointments.require('ex-appt-nalbandian-cfm');
    await expect(recordSuccessor(store, current, 'ex-person-lavrov', '2014-12-01')).rejects.toBeInstanceOf(ValidationError);
    expect(await store.appointments.count()).toBe(9);
  });
});

describe('person import', () => {
  it('writes every row in one transaction', async () => {
    await open();
    const before = await store.persons.count();
    await commitPersonImport(store, [someone('A'), someone('B')]);
    expect(await store.persons.count()).toBe(before + 2);
  });

  it('writes nothing when one row fails', async () => {
    await open();
    const before = await store.persons.count();
    // A row that IndexedDB cannot store (a function is not cloneable) fails the whole batch.
    const bad = { ...someone('Bad'), notes: (() => 'x') as unknown as string };
    await expect(commitPersonImport(store, [someone('A'), someone('B'), bad])).rejects.toThrow();
    expect(await store.persons.count()).toBe(before);
  });

  it('completes the stored persons rows were merged into, in the same transaction', async () => {
    await open();
    const lavrov = await store.persons.require('ex-person-lavrov');
    await commitPersonImport(store, [someone('A')], [{ base: lavrov, next: { ...lavrov, email: 'lavrov@mid.ru' } }]);
    expect(await store.persons.require('ex-person-lavrov')).toMatchObject({ email: 'lavrov@mid.ru', rev: lavrov.rev + 1 });
  });

  it('adds nobody when a person to complete was changed since the preview read him', async () => {
    await open();
    const before = await store.persons.count();
    const lavrov = await store.persons.require('ex-person-lavrov');
    // Another window, which is not this one's change clock, writes the same record meanwhile.
    await store.bulkDb.persons.put({ ...lavrov, phone: '+7 499 244-16-06', rev: lavrov.rev + 1 });
    await expect(
      commitPersonImport(store, [someone('A'), someone('B')], [{ base: lavrov, next: { ...lavrov, email: 'lavrov@mid.ru' } }]),
    ).rejects.toMatchObject({ name: 'StaleEditError' });
    expect(await store.persons.count()).toBe(before);
    expect((await store.persons.require('ex-person-lavrov')).email).toBeUndefined();
  });
});

describe('a person’s record', () => {
  it('shows appointments, sessions attended and the attendance rate', async () => {
    await open();
    const detail = await readPersonDetail(store, 'ex-person-lavrov');
    expect(detail?.appointments.map((a) => a.body?.acronym.en)).toEqual(['CFM']);
    expect(detail?.participations.map((p) => [p.session.id, p.mark])).toEqual([['ex-session-2015-04-02-cfm', 'present']]);
    expect(detail?.rate).toBe(1);
  });

  it('removes a person only when no list or seat refers to him', async () => {
    await open();
    const lavrov = await store.persons.require('ex-person-lavrov');
    await expect(removePerson(store, lavrov)).rejects.toBeInstanceOf(ValidationError);
    const nobody = await store.persons.add(someone('Nobody'));
    await removePerson(store, nobody);
    expect(await store.persons.get(nobody.id)).toBeUndefined();
  });
});
