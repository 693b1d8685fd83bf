import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, openStore, type Store } from './index';
import { addBody, addParty, startChairmanship } from './reference-writes';

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
