import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadExampleYear } from '../example/load';
import type { ActionItem } from '../domain/types';
import { createStore, openStore, type Store } from './index';
import { StaleEditError, ValidationError } from './errors';
import type { ItemInput } from './action-plan';

const PLAN = 'ex-plan-2015';
let store: Store;
let tick = 0;
const clock = (): Date => new Date(Date.UTC(2015, 8, 1, 8, 0, tick++));

beforeEach(async () => {
  store = await openStore(createStore(`action-plan-${crypto.randomUUID()}`, clock), () => undefined);
  await loadExampleYear(store, new Date('2015-01-20T06:00:00Z'));
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

async function numbers(): Promise<Record<string, string>> {
  const items = await store.actionItems.ofPlan(PLAN);
  return Object.fromEntries(items.map((i) => [i.number, i.id]));
}

/** Every row of the Action Plan tables, to prove a refused write changed nothing. */
async function snapshot(): Promise<string> {
  const [items, updates, documents] = await Promise.all([
    store.db.actionItems.orderBy('id').toArray(),
    store.db.actionUpdates.orderBy('id').toArray(),
    store.db.documents.orderBy('id').toArray(),
  ]);
  return JSON.stringify({ items, updates, documents });
}

const draft: ItemInput = {
  title: { en: 'Exchange lists of wanted persons', ru: 'Обмениваться списками разыскиваемых лиц' },
  description: { en: '', ru: '' },
  theme: 'counter-terrorism',
  responsible: { partyIds: [], bodyIds: ['ex-body-cssc'], personIds: [] },
  status: 'not-started',
  progress: 0,
};

const item = (id: string): Promise<ActionItem> => store.actionItems.require(id);

describe('Action Plan items', () => {
  it('numbers an item added under 1 as 1.3, in one write with its number and sort key', async () => {
    const added = await store.actionItems.create(PLAN, draft, { parentId: 'ex-item-1' });
    expect(added).toMatchObject({ number: '1.3', sortKey: '0001.0003', parentId: 'ex-item-1', rev: 1 });
    expect((await store.actionItems.ofPlan(PLAN)).map((i) => i.number)).toEqual([
      '1',
      '1.1',
      '1.2',
      '1.3',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '3',
      '4',
      '5',
      '5.1',
      '5.2',
      '6',
    ]);
  });

  it('renumbers both branches when an item moves from 1 to the head of 2, bumping each row’s revision', async () => {
    const added = await store.actionItems.create(PLAN, draft, { parentId: 'ex-item-1', index: 1 });
    expect(added.number).toBe('1.2');
    expect((await item('ex-item-1-2')).number).toBe('1.3');

    const moved = await store.actionItems.move(added, { parentId: 'ex-item-2', index: 0 });
    expect(moved).toMatchObject({ number: '2.1', parentId: 'ex-item-2', rev: 2 });
    expect(await numbers()).toMatchObject({
      '1.1': 'ex-item-1-1',
      '1.2': 'ex-item-1-2',
      '2.1': added.id,
      '2.2': 'ex-item-2-1',
      '2.3': 'ex-item-2-2',
      '2.4': 'ex-item-2-3',
    });
    expect((await item('ex-item-2-3')).rev).toBe(2);
    expect((await item('ex-item-3')).rev).toBe(1);
  });

  it('indents and outdents with the keyboard commands, renumbering what follows', async () => {
    await store.actionItems.shift(await item('ex-item-1-2'), 'outdent');
    expect(await numbers()).toMatchObject({
      '1': 'ex-item-1',
      '1.1': 'ex-item-1-1',
      '2': 'ex-item-1-2',
      '3': 'ex-item-2',
      '3.3': 'ex-item-2-3',
    });
    await store.actionItems.shift(await item('ex-item-1-2'), 'indent');
    expect(await numbers()).toMatchObject({ '1.2': 'ex-item-1-2', '2': 'ex-item-2' });
    await store.actionItems.shift(await item('ex-item-1-2'), 'up');
    expect(await numbers()).toMatchObject({ '1.1': 'ex-item-1-2', '1.2': 'ex-item-1-1' });
  });

  it('refuses to put an item under its own sub-item, and changes nothing', async () => {
    const before = await snapshot();
    await expect(store.actionItems.edit(await item('ex-item-1'), { parentId: 'ex-item-1-1' })).rejects.toEqual(
      new ValidationError('actionItems', [{ field: 'parentId', code: 'cycle' }]),
    );
    await expect(store.actionItems.move(await item('ex-item-2'), { parentId: 'ex-item-2-3' })).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot()).toBe(before);
  });

  it('refuses an item without a title and a done item below 100 %, writing nothing', async () => {
    const before = await snapshot();
    await expect(store.actionItems.create(PLAN, { ...draft, title: { en: '', ru: ' ' } })).rejects.toEqual(
      new ValidationError('actionItems', [{ field: 'title', code: 'required' }]),
    );
    await expect(store.actionItems.changeStatus(await item('ex-item-2-2'), 'done')).rejects.toEqual(
      new ValidationError('actionItems', [{ field: 'progress', code: 'done-needs-100' }]),
    );
    expect(await snapshot()).toBe(before);
  });

  it('writes a progress note with every status change, and marks the item reviewed at the note’s session', async () => {
    const done = await store.actionItems.changeStatus(await item('ex-item-2-2'), 'done', {
      progress: 100,
      note: { text: { en: 'Training courses completed in Domodedovo.', ru: '' }, sessionId: 'ex-session-2015-09-14-joint' },
    });
    expect(done).toMatchObject({ status: 'done', progress: 100, reviewedAt: ['ex-session-2015-09-14-joint'] });
    const notes = await store.actionItems.updatesOf('ex-item-2-2');
    expect(notes).toEqual([
      expect.objectContaining({
        text: { en: 'Training courses completed in Domodedovo.', ru: '' },
        statusFrom: 'in-progress',
        statusTo: 'done',
        sessionId: 'ex-session-2015-09-14-joint',
      }),
    ]);
    await store.actionItems.addNote(done, { text: { en: 'Report sent to the Secretariat.', ru: '' } });
    expect((await store.actionItems.updatesOf('ex-item-2-2')).at(-1)).not.toHaveProperty('statusTo');
  });

  it('records a status change on the day it took effect, refusing a day after today or before the plan’s approval', async () => {
    // The clock reads 1 September 2015; the plan was approved on 20 January 2015.
    const before = await snapshot();
    const late = { text: { en: '', ru: '' }, on: '2015-09-02' };
    await expect(store.actionItems.changeStatus(await item('ex-item-2-2'), 'done', { progress: 100, note: late })).rejects.toEqual(
      new ValidationError('actionUpdates', [{ field: 'on', code: 'after-today' }]),
    );
    const early = { text: { en: '', ru: '' }, on: '2015-01-19' };
    await expect(store.actionItems.addNote(await item('ex-item-2-2'), { ...early, text: { en: 'Too early', ru: '' } })).rejects.toEqual(
      new ValidationError('actionUpdates', [{ field: 'on', code: 'before-start' }]),
    );
    expect(await snapshot()).toBe(before);
    await store.actionItems.changeStatus(await item('ex-item-2-2'), 'done', {
      progress: 100,
      note: { text: { en: '', ru: '' }, on: '2015-06-02' },
    });
    expect((await store.actionItems.updatesOf('ex-item-2-2')).at(-1)).toMatchObject({ on: '2015-06-02', statusTo: 'done' });
  });

  it('refuses a plan title or approving body of more than 300 characters', async () => {
    const plan = await store.actionPlans.require(PLAN);
    await expect(store.actionPlans.edit(plan, { title: { en: 'P'.repeat(301), ru: '' } })).rejects.toEqual(
      new ValidationError('actionPlans', [{ field: 'title', code: 'too-long' }]),
    );
    await expect(store.actionPlans.edit(plan, { approvedBy: { en: '', ru: 'С'.repeat(301) } })).rejects.toEqual(
      new ValidationError('actionPlans', [{ field: 'approvedBy', code: 'too-long' }]),
    );
  });

  it('refuses an edit of a field another window changed since, and keeps edits of other fields', async () => {
    const stale = await item('ex-item-4');
    const other = await openStore(createStore(store.db.name, clock), () => undefined);
    await other.actionItems.edit(stale, { progress: 30 });
    await expect(store.actionItems.edit(stale, { progress: 40 })).rejects.toBeInstanceOf(StaleEditError);
    expect((await item('ex-item-4')).progress).toBe(30);
    await store.actionItems.edit(stale, { title: { en: 'Renamed here', ru: 'Переименовано' } });
    expect(await item('ex-item-4')).toMatchObject({ progress: 30, title: { en: 'Renamed here' } });
    other.db.close();
    other.bulkDb.close();
  });

  it('removes an item with its sub-items and notes, and an undo puts everything back as it was', async () => {
    const before = await numbers();
    const removed = await store.actionItems.removeSubtree(await item('ex-item-2'));
    expect(removed.items.map((i) => i.number).sort()).toEqual(['2', '2.1', '2.2', '2.3']);
    expect(removed.updates.map((u) => u.id)).toEqual(['ex-update-2-1-1']);
    expect(await numbers()).toMatchObject({ '2': 'ex-item-3', '4': 'ex-item-5', '4.2': 'ex-item-5-2' });
    expect(await store.db.actionUpdates.get('ex-update-2-1-1')).toBeUndefined();

    await store.actionItems.restore(removed);
    expect(await numbers()).toEqual(before);
    expect(await store.db.actionUpdates.get('ex-update-2-1-1')).toBeDefined();
    await store.actionItems.restore(removed);
    expect(Object.keys(await numbers())).toHaveLength(13);
  });
});

describe('outcome documents', () => {
  const decision = {
    sessionId: 'ex-session-2015-09-14-joint',
    kind: 'decision' as const,
    title: {
      en: 'Decision on the coordinated list of terrorist organizations',
      ru: 'Решение о едином списке террористических организаций',
    },
    adoptedOn: '2015-09-14',
  };

  it('records a decision that closes two items, with a progress note on each, in one transaction', async () => {
    const { document, closed } = await store.documents.record(decision, {
      itemIds: ['ex-item-1-1', 'ex-item-6'],
      markDone: true,
      noteText: { en: 'Fulfilled by the decision.', ru: 'Выполнено решением.' },
    });
    expect(closed).toEqual(['ex-item-1-1', 'ex-item-6']);
    for (const id of closed) {
      expect(await item(id)).toMatchObject({ status: 'done', progress: 100, documentIds: [document.id] });
      expect((await item(id)).reviewedAt).toContain('ex-session-2015-09-14-joint');
      expect((await store.actionItems.updatesOf(id)).at(-1)).toMatchObject({
        text: { en: 'Fulfilled by the decision.', ru: 'Выполнено решением.' },
        statusTo: 'done',
        sessionId: 'ex-session-2015-09-14-joint',
      });
    }
    expect((await store.documents.ofSession('ex-session-2015-09-14-joint')).map((d) => d.id)).toEqual([document.id]);
  });

  it('writes nothing when one linked item does not exist, or the title is missing', async () => {
    const before = await snapshot();
    await expect(
      store.documents.record(decision, { itemIds: ['ex-item-1-1', 'no-such-item'], markDone: true, noteText: { en: 'x', ru: '' } }),
    ).rejects.toThrow();
    await expect(
      store.documents.record({ ...decision, title: { en: '', ru: '' } }, { itemIds: [], markDone: false, noteText: { en: '', ru: '' } }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot()).toBe(before);
  });
});

describe('carrying open items forward', () => {
  it('copies the open items into the next chairmanship’s plan, referring back to their history, once', async () => {
    const next = await store.chairmanships.add({
      organizationId: 'ex-org-csto',
      chairState: { en: 'Armenia', ru: 'Армения' },
      year: 2016,
      firstDay: '2016-01-01',
      lastDay: '2016-12-31',
      homeTimeZone: 'Asia/Yerevan',
      example: 0,
    });
    const options = {
      today: '2015-12-31',
      noteOnCopy: (original: ActionItem) => ({
        en: `Carried forward from item ${original.number}.`,
        ru: `Перенесено из пункта ${original.number}.`,
      }),
      noteOnOriginal: (number: string) => ({
        en: `Carried forward to the 2016 plan as item ${number}.`,
        ru: `Перенесено в план 2016 года пунктом ${number}.`,
      }),
    };
    const { plan, copied } = await store.actionPlans.carryForward(
      PLAN,
      { chairmanshipId: next.id, plan: { title: { en: '2016 Action Plan', ru: '' }, basis: [] } },
      options,
    );
    const copies = await store.actionItems.ofPlan(plan.id);
    // Open in the example: 1, 1.1, 1.2, 2, 2.2, 2.3, 4, 5, 5.2, 6 (2.1, 3 and 5.1 are done).
    expect(copied).toBe(10);
    expect(copies.map((c) => `${c.number} ← ${(c.carriedFrom ?? '').replace('ex-item-', '')}`)).toEqual([
      '1 ← 1',
      '1.1 ← 1-1',
      '1.2 ← 1-2',
      '2 ← 2',
      '2.1 ← 2-2',
      '2.2 ← 2-3',
      '3 ← 4',
      '4 ← 5',
      '4.1 ← 5-2',
      '5 ← 6',
    ]);
    expect(copies.every((c) => !c.dueDate && !c.dueSessionId && c.addedOn === '2015-12-31')).toBe(true);
    expect((await store.actionItems.updatesOf(copies[4]?.id ?? '')).map((u) => u.text)).toEqual([
      { en: 'Carried forward from item 2.2.', ru: 'Перенесено из пункта 2.2.' },
    ]);
    expect((await store.actionItems.updatesOf('ex-item-2-2')).map((u) => u.text)).toEqual([
      { en: 'Carried forward to the 2016 plan as item 2.1.', ru: 'Перенесено в план 2016 года пунктом 2.1.' },
    ]);

    const again = await store.actionPlans.carryForward(PLAN, { planId: plan.id }, options);
    expect(again.copied).toBe(0);
    await expect(store.actionPlans.carryForward(PLAN, { planId: PLAN }, options)).rejects.toBeInstanceOf(ValidationError);
  });
});
