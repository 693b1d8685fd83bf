import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReferenceSet } from '../io/reference-file-format';
import { planReferenceImport } from '../io/reference-file-plan';
import { scoSet } from '../io/reference-file.fixture';
import { createStore, openStore, type Store } from './index';
import { commitReferenceImport } from './reference-import';
import { readReference } from './reference-read-models';
import { startChairmanship } from './reference-writes';

let store: Store;
let counter = 0;
const newId = (): string => `fresh-${++counter}`;

beforeEach(async () => {
  store = await openStore(createStore(`reference-import-${crypto.randomUUID()}`), () => undefined);
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

async function stored(organizationId: string): Promise<ReferenceSet> {
  const data = await readReference(store, organizationId);
  if (!data) throw new Error('no organization');
  const { organization, parties, bodies, persons, appointments, themes } = data;
  return { organization, parties, bodies, persons, appointments, themes };
}

describe('a reference import', () => {
  it('that renames the chairing state renames it in its chairmanship too, and leaves the others as they were', async () => {
    const first = scoSet();
    await commitReferenceImport(store, planReferenceImport({ incoming: first, stored: null, taken: {}, newId }));
    const { chairmanship } = await startChairmanship(store, {
      organization: { id: first.organization.id },
      chairState: { partyId: 'p-kg' },
      year: 2019,
      firstDay: '2019-01-01',
      lastDay: '2019-12-31',
      homeTimeZone: 'Asia/Bishkek',
    });
    expect(chairmanship.chairState).toEqual({ en: 'Kyrgyzstan', ru: 'Кыргызстан' });

    const renamed = scoSet();
    renamed.parties = renamed.parties.map((p) =>
      p.id === 'p-kg' ? { ...p, short: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика' } } : p,
    );
    await commitReferenceImport(
      store,
      planReferenceImport({ incoming: renamed, stored: await stored(first.organization.id), taken: {}, newId }),
    );
    const after = await store.chairmanships.require(chairmanship.id);
    expect(after.chairState).toEqual({ en: 'Kyrgyz Republic', ru: 'Кыргызская Республика' });
    expect(after.rev).toBe(chairmanship.rev + 1);

    // The same file again changes nothing.
    await commitReferenceImport(
      store,
      planReferenceImport({ incoming: renamed, stored: await stored(first.organization.id), taken: {}, newId }),
    );
    expect((await store.chairmanships.require(chairmanship.id)).rev).toBe(after.rev);
  });
});
