import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHAIRMANSHIP_ID } from '../example/csto-2015';
import { loadExampleYear } from '../example/load';
import { createStore, openStore, type Store } from './index';
import { startNextChairmanship } from './reference-writes';
import { readLatestChairmanship, readSeatOffers } from './seat-review-read-models';

let store: Store;
beforeEach(async () => {
  store = await openStore(createStore(`seat-review-${crypto.randomUUID()}`), () => undefined);
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

describe('the seats the next chairmanship after the example year is offered', () => {
  it('lists every 2015 seat, by body then state in protocol order, none ticked since each ended with the year', async () => {
    await loadExampleYear(store);
    const previous = await store.chairmanships.require(CHAIRMANSHIP_ID);
    const offers = await readSeatOffers(store, previous);
    expect(offers.map((o) => `${o.body?.acronym.en}: ${o.party?.short.en} ${o.person?.names.en.family}`)).toEqual([
      'CSC: Tajikistan Rahmon',
      'CFM: Armenia Nalbandian',
      'CFM: Belarus Makei',
      'CFM: Kazakhstan Idrissov',
      'CFM: Kyrgyzstan Abdyldaev',
      'CFM: Russia Lavrov',
      'CFM: Tajikistan Aslov',
      'CDM: Tajikistan Mirzo',
      'CSSC: Tajikistan Kakharov',
    ]);
    expect(offers.every((o) => !o.ticked && o.doubts.includes('ended'))).toBe(true);
  });

  it('ticks a seat held on, and doubts one whose holder appeared in nothing that year', async () => {
    await loadExampleYear(store);
    const previous = await store.chairmanships.require(CHAIRMANSHIP_ID);
    const lavrov = await store.appointments.require('ex-appt-lavrov-cfm');
    await store.appointments.revise(lavrov, { from: '2004-03-09', to: undefined });
    const mirzo = await store.appointments.require('ex-appt-mirzo-cdm');
    await store.appointments.revise(mirzo, { from: '2014-01-20', to: undefined });
    const offers = await readSeatOffers(store, previous);
    const of = (id: string) => offers.find((o) => o.appointment.id === id);
    // Lavrov was on the list of 2 April 2015; Mirzo on no list of 2015.
    expect(of('ex-appt-lavrov-cfm')).toMatchObject({ doubts: ['long-held'], ticked: true });
    expect(of('ex-appt-mirzo-cdm')).toMatchObject({ doubts: ['no-record'], ticked: true });
  });

  it('follows the organization’s latest chairmanship', async () => {
    await loadExampleYear(store);
    const example = await store.chairmanships.require(CHAIRMANSHIP_ID);
    expect((await readLatestChairmanship(store, example.organizationId))?.id).toBe(CHAIRMANSHIP_ID);
    const next = await startNextChairmanship(
      store,
      example,
      { chairPartyId: 'ex-party-am', year: 2016, firstDay: '2016-01-01', lastDay: '2016-12-31', homeTimeZone: 'Asia/Yerevan' },
      [],
    );
    expect((await readLatestChairmanship(store, example.organizationId))?.id).toBe(next.id);
    // Nothing was confirmed: no 2015 seat runs into 2016.
    expect(await readSeatOffers(store, next)).toEqual([]);
  });
});
