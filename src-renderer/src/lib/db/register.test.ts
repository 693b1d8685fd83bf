// The register of decisions and the session journal as stored: numbers kept consistent in
// their series, withdrawal, an Action Plan item closed by an entry, journals refused when
// their events break the rules.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadExampleYear } from '../example/load';
import type { OutcomeDocument } from '../domain/types';
import { StaleEditError, ValidationError } from './errors';
import { createStore, openStore, type Store } from './index';

let store: Store;
let name: string;
const CDM = 'ex-session-2015-06-03-cdm';
const BODY = 'ex-body-cdm';
// 1.2, not started in the example.
const ITEM = 'ex-item-1-2';

beforeEach(async () => {
  name = `register-${crypto.randomUUID()}`;
  store = await openStore(createStore(name), () => undefined);
  await loadExampleYear(store);
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

const decision = (
  number: number | undefined,
  status: OutcomeDocument['status'],
  en = `Decision ${number ?? ''}`,
): Parameters<Store['documents']['saveEntry']>[1] => ({
  sessionId: CDM,
  kind: 'decision',
  title: { en, ru: '' },
  bodyId: BODY,
  ...(number === undefined ? {} : { number }),
  ...(status ? { status } : {}),
  ...(status === 'draft' ? {} : { adoptedOn: '2015-06-03' }),
});

async function numbers(): Promise<Record<string, number | string | undefined>> {
  const rows = await store.db.documents.where('bodyId').equals(BODY).toArray();
  return Object.fromEntries(rows.map((d) => [d.title.en, d.status === 'withdrawn' ? `withdrawn ${d.number ?? '-'}` : d.number]));
}

describe('register of decisions (stored)', () => {
  it('refuses a number its series already holds, naming the number field, and writes nothing', async () => {
    await store.documents.saveEntry(null, decision(1, 'adopted'));
    const refused = await store.documents.saveEntry(null, decision(1, 'draft', 'Another')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).errors).toEqual([{ field: 'number', code: 'duplicate-number' }]);
    expect(await numbers()).toEqual({ 'Decision 1': 1 });
  });

  it('allows the same number in another year or for another kind', async () => {
    await store.documents.saveEntry(null, decision(1, 'adopted'));
    await store.documents.saveEntry(null, { ...decision(1, 'adopted', 'Next year'), adoptedOn: '2016-01-20' });
    await store.documents.saveEntry(null, { ...decision(1, 'adopted', 'A statement'), kind: 'statement' });
    expect(await store.db.documents.where('bodyId').equals(BODY).count()).toBe(3);
  });

  it('refuses a title of more than 300 characters in either language, and takes one of 300', async () => {
    const long = await store.documents.saveEntry(null, decision(1, 'adopted', 'D'.repeat(301))).catch((e: unknown) => e);
    expect((long as ValidationError).errors).toEqual([{ field: 'title', code: 'too-long' }]);
    const longRu = await store.documents
      .saveEntry(null, { ...decision(1, 'adopted'), title: { en: 'Decision', ru: 'Р'.repeat(301) } })
      .catch((e: unknown) => e);
    expect((longRu as ValidationError).errors).toEqual([{ field: 'title', code: 'too-long' }]);
    await expect(store.documents.saveEntry(null, decision(1, 'adopted', 'D'.repeat(300)))).resolves.toMatchObject({ number: 1 });
  });

  it('refuses a reference of more than 300 characters', async () => {
    const long = await store.documents.saveEntry(null, { ...decision(2, 'adopted'), reference: 'R'.repeat(301) }).catch((e: unknown) => e);
    expect((long as ValidationError).errors).toEqual([{ field: 'reference', code: 'too-long' }]);
  });

  it('says which field is wrong: an adopted entry without its date, a number without a body', async () => {
    const noDate = await store.documents.saveEntry(null, { ...decision(1, 'adopted'), adoptedOn: undefined }).catch((e: unknown) => e);
    expect((noDate as ValidationError).errors).toEqual([{ field: 'adoptedOn', code: 'required-when-adopted' }]);
    const noBody = await store.documents.saveEntry(null, { ...decision(1, 'draft'), bodyId: undefined }).catch((e: unknown) => e);
    expect((noBody as ValidationError).errors).toEqual([{ field: 'bodyId', code: 'required-with-number' }]);
  });

  it('edits an entry, clearing a number, and refuses an edit of a field changed meanwhile', async () => {
    const first = await store.documents.saveEntry(null, decision(1, 'draft'));
    const edited = await store.documents.saveEntry(first, { ...decision(undefined, 'draft'), title: { en: 'Renamed', ru: '' } });
    expect(edited.number).toBeUndefined();
    expect('number' in ((await store.db.documents.get(first.id)) ?? {})).toBe(false);
    // Another window, which read the entry before the edit, renames it too.
    const other = await openStore(createStore(name), () => undefined);
    try {
      await expect(other.documents.saveEntry(first, { ...decision(1, 'draft'), title: { en: 'Stale', ru: '' } })).rejects.toBeInstanceOf(
        StaleEditError,
      );
    } finally {
      other.db.close();
      other.bulkDb.close();
    }
    expect((await store.db.documents.get(first.id))?.title.en).toBe('Renamed');
  });

  it('withdraws a draft, moving the later drafts down; an adopted decision keeps its number', async () => {
    await store.documents.saveEntry(null, decision(1, 'adopted'));
    const draft2 = await store.documents.saveEntry(null, decision(2, 'draft'));
    await store.documents.saveEntry(null, decision(3, 'draft'));
    expect(await store.documents.withdraw(draft2)).toEqual({ renumbered: 1 });
    expect(await numbers()).toEqual({ 'Decision 1': 1, 'Decision 2': 'withdrawn -', 'Decision 3': 2 });
    const adopted = (await store.db.documents.where('bodyId').equals(BODY).toArray()).find((d) => d.number === 1);
    if (!adopted) throw new Error('no decision 1');
    expect(await store.documents.withdraw(adopted)).toEqual({ renumbered: 0 });
    expect(await numbers()).toEqual({ 'Decision 1': 'withdrawn 1', 'Decision 2': 'withdrawn -', 'Decision 3': 2 });
  });

  it('closes an Action Plan item with an entry: done, 100 %, reviewed at its session, with a note', async () => {
    const entry = await store.documents.saveEntry(null, decision(1, 'adopted'));
    await store.documents.closeItem(ITEM, entry.id, { en: 'Fulfilled by CDM Decision No. 1/2015', ru: 'Выполнено решением СМО № 1/2015' });
    const item = await store.db.actionItems.get(ITEM);
    expect(item).toMatchObject({ status: 'done', progress: 100 });
    expect(item?.documentIds).toContain(entry.id);
    expect(item?.reviewedAt).toContain(CDM);
    const notes = await store.db.actionUpdates.where('actionItemId').equals(ITEM).toArray();
    expect(notes.find((n) => n.text.en === 'Fulfilled by CDM Decision No. 1/2015')).toMatchObject({ statusTo: 'done', sessionId: CDM });
  });

  it('records an outcome from a session as a numbered entry, and refuses a number its series holds without touching the items', async () => {
    const links = { itemIds: [ITEM], markDone: true, noteText: { en: 'Fulfilled', ru: '' } };
    const { document } = await store.documents.record(decision(1, 'adopted', 'From the session'), links);
    expect(document).toMatchObject({ bodyId: BODY, number: 1, status: 'adopted' });
    await store.db.actionItems.update(ITEM, { status: 'in-progress', progress: 10 });
    const refused = await store.documents.record(decision(1, 'draft', 'Again'), links).catch((e: unknown) => e);
    expect((refused as ValidationError).errors).toEqual([{ field: 'number', code: 'duplicate-number' }]);
    expect(await numbers()).toEqual({ 'From the session': 1 });
    expect(await store.db.actionItems.get(ITEM)).toMatchObject({ status: 'in-progress', progress: 10 });
  });

  it('does not close an item with a withdrawn entry', async () => {
    const entry = await store.documents.saveEntry(null, decision(1, 'adopted'));
    await store.documents.withdraw(entry);
    await expect(store.documents.closeItem(ITEM, entry.id, { en: 'note', ru: '' })).rejects.toBeInstanceOf(ValidationError);
    expect((await store.db.actionItems.get(ITEM))?.documentIds).not.toContain(entry.id);
  });
});

describe('session journal (stored)', () => {
  const events = [
    { kind: 'opened' as const, at: '2015-06-03T10:00' },
    { kind: 'closed' as const, at: '2015-06-03T12:30' },
  ];

  it('writes a journal and its edit, one per session', async () => {
    const first = await store.journals.save(CDM, null, { events, chairPersonIds: [], items: [] });
    await store.journals.save(CDM, first, { events, chairPersonIds: ['p1'], items: [] });
    expect((await store.journals.ofSession(CDM))?.chairPersonIds).toEqual(['p1']);
    await expect(store.journals.save(CDM, null, { events, chairPersonIds: [], items: [] })).rejects.toBeInstanceOf(StaleEditError);
  });

  it('refuses events in the wrong order, naming the event, and writes nothing', async () => {
    const refused = await store.journals
      .save(CDM, null, { events: [...events].reverse(), chairPersonIds: [], items: [] })
      .catch((e: unknown) => e);
    expect((refused as ValidationError).errors.map((e) => e.field)).toContain('events.0');
    expect(await store.journals.ofSession(CDM)).toBeUndefined();
  });

  it('refuses notes of more than 10,000 characters on an agenda item, naming the item, and writes nothing', async () => {
    const item = (ru: string) => ({ agendaItemId: 'a1', speakerIds: [], documentIds: [], notes: { en: '', ru } });
    const refused = await store.journals
      .save(CDM, null, { events, chairPersonIds: [], items: [item('Б'.repeat(10_001))] })
      .catch((e: unknown) => e);
    expect((refused as ValidationError).errors).toEqual([{ field: 'items.0.notes', code: 'too-long' }]);
    expect(await store.journals.ofSession(CDM)).toBeUndefined();
    await expect(store.journals.save(CDM, null, { events, chairPersonIds: [], items: [item('Б'.repeat(10_000))] })).resolves.toMatchObject({
      sessionId: CDM,
    });
  });
});
