import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, openStore, type Store } from './index';
import { addBody, addParty, editParty, startChairmanship } from './reference-writes';

let store: Store;
beforeEach(async () => {
  store = await openStore(createStore(`reference-texts-${crypto.randomUUID()}`), () => undefined);
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

const blank = { en: '', ru: '' };

describe('bilingual texts of reference rows left empty', () => {
  it('keeps a body’s empty seat title as a text, and leaves out an empty capital', async () => {
    const { organization } = await startChairmanship(store, {
      organization: {
        name: { en: 'Shanghai Cooperation Organisation', ru: 'Шанхайская организация сотрудничества' },
        short: blank,
        acronym: blank,
      },
      chairState: { name: { en: 'Kyrgyzstan', ru: 'Кыргызстан' } },
      year: 2019,
      firstDay: '2019-01-01',
      lastDay: '2019-12-31',
      homeTimeZone: 'Asia/Bishkek',
    });
    const kz = await addParty(store, organization.id, { kind: 'member', short: { en: 'Kazakhstan', ru: 'Казахстан' }, name: blank });
    const body = await addBody(store, organization.id, {
      name: { en: 'Council of Foreign Ministers', ru: 'Совет министров иностранных дел' },
      acronym: { en: 'CFM', ru: 'СМИД' },
      seatTitle: blank,
      level: 'ministers',
      decisionRule: 'consensus',
      seats: [{ partyId: kz.id, title: blank }],
    });
    const stored = await store.bodies.require(body.id);
    expect(stored.seatTitle).toEqual(blank);
    expect(stored.seats).toEqual([{ partyId: kz.id, title: blank }]);
    // An optional text left empty is not stored.
    expect(Object.keys(await store.parties.require(kz.id))).not.toContain('capital');
  });
});

describe('the chairing state’s names', () => {
  it('follow its party when it is renamed; an edit of another state leaves the chairmanship as it was', async () => {
    const { organization, chairmanship } = await startChairmanship(store, {
      organization: { name: { en: '', ru: 'Совет государств Балтийского моря' }, short: blank, acronym: blank },
      chairState: { name: { en: '', ru: 'Латвия' } },
      year: 2027,
      firstDay: '2027-07-01',
      lastDay: '2028-06-30',
      homeTimeZone: 'Europe/Riga',
    });
    expect(chairmanship.chairState).toEqual({ en: '', ru: 'Латвия' });
    const latvia = await store.parties.require(chairmanship.chairPartyId ?? '');
    await editParty(
      store,
      latvia,
      { kind: 'member', short: blank, name: { en: 'Republic of Latvia', ru: 'Латвийская Республика' } },
      'Europe/Riga',
    );
    // No short name in either language: the full names stand for it.
    expect((await store.chairmanships.require(chairmanship.id)).chairState).toEqual({
      en: 'Republic of Latvia',
      ru: 'Латвийская Республика',
    });
    const renamed = await store.parties.require(latvia.id);
    await editParty(store, renamed, { kind: 'member', short: { en: 'Latvia', ru: 'Латвия' }, name: renamed.name }, 'Europe/Riga');
    const named = await store.chairmanships.require(chairmanship.id);
    expect(named.chairState).toEqual({ en: 'Latvia', ru: 'Латвия' });
    const estonia = await addParty(store, organization.id, { kind: 'member', short: { en: 'Estonia', ru: 'Эстония' }, name: blank });
    await editParty(
      store,
      estonia,
      { kind: 'member', short: { en: 'Estonia', ru: 'Эстония' }, name: blank, capital: { en: 'Tallinn', ru: 'Таллин' } },
      'Europe/Riga',
    );
    expect((await store.chairmanships.require(chairmanship.id)).rev).toBe(named.rev);
  });
});
