import { afterEach, describe, expect, it } from 'vitest';
import { loadExampleYear } from '../example/load';
import { createStore, openStore, type Store } from './index';
import { readChairmanship, readChairmanships } from './read-models';

const CSTO_2015 = 'ex-chairmanship-csto-2015';
let store: Store;

async function exampleYear(): Promise<Store> {
  store = await openStore(createStore(`read-models-${crypto.randomUUID()}`), () => undefined);
  await loadExampleYear(store, new Date('2015-01-01T00:00:00Z'));
  return store;
}

afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

describe('the city that names the home clock', () => {
  it("is the chairing state's capital when it keeps the home zone", async () => {
    await exampleYear();
    expect((await readChairmanship(store, CSTO_2015))?.homeCity).toEqual({ en: 'Dushanbe', ru: 'Душанбе' });
  });

  it('is the capital of another member state that keeps the home zone when the chair works from elsewhere', async () => {
    await exampleYear();
    await store.db.chairmanships.update(CSTO_2015, { homeTimeZone: 'Asia/Yerevan' });
    expect((await readChairmanship(store, CSTO_2015))?.homeCity).toEqual({ en: 'Yerevan', ru: 'Ереван' });
    expect((await readChairmanships(store)).find((c) => c.id === CSTO_2015)?.homeCity).toEqual({ en: 'Yerevan', ru: 'Ереван' });
  });

  it("is left to the zone's own name when no member state's capital keeps the zone", async () => {
    await exampleYear();
    await store.db.chairmanships.update(CSTO_2015, { homeTimeZone: 'Europe/Lisbon' });
    expect((await readChairmanship(store, CSTO_2015))?.homeCity).toBeUndefined();
  });
});
