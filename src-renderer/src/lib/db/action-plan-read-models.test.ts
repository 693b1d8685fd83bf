import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { effectiveDue, isOverdue } from '../domain/deadlines';
import { loadExampleYear } from '../example/load';
import { readDashboard, readPlanView, readSessionPlan } from './action-plan-read-models';
import { createStore, openStore, type Store } from './index';

let store: Store;
beforeEach(async () => {
  store = await openStore(createStore(`plan-reads-${crypto.randomUUID()}`), () => undefined);
  await loadExampleYear(store);
});
afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

describe('reading the Action Plan', () => {
  it('gives an item due “by the joint session” the session’s date, and the new date once the session moves', async () => {
    const due = async (): Promise<unknown> => {
      const view = await readPlanView(store, 'ex-plan-2015');
      const item = view?.items.find((i) => i.number === '1.1');
      return item && view ? effectiveDue(item, view.lookups.sessions) : undefined;
    };
    expect(await due()).toEqual({ by: 'session', date: '2015-09-14', sessionId: 'ex-session-2015-09-14-joint' });

    const joint = await store.sessions.require('ex-session-2015-09-14-joint');
    await store.sessions.edit(joint, { start: '2015-10-05T00:00', end: '2015-10-05T00:00' });
    expect(await due()).toEqual({ by: 'session', date: '2015-10-05', sessionId: 'ex-session-2015-09-14-joint' });

    const view = await readPlanView(store, 'ex-plan-2015');
    const item = view?.items.find((i) => i.number === '1.1');
    expect(item && view && isOverdue(item, view.lookups.sessions, '2015-09-20')).toBe(false);
  });

  it('reads the plan in number order with its notes, names and the year’s sessions and documents', async () => {
    const view = await readPlanView(store, 'ex-plan-2015');
    expect(view?.items.map((i) => i.number).slice(0, 4)).toEqual(['1', '1.1', '1.2', '2']);
    expect(view?.updates.get('ex-item-3')?.map((u) => u.statusTo)).toEqual(['done']);
    expect(view?.sessions).toHaveLength(7);
    expect(view?.parties[0]?.short.ru).toBe('Армения');
    expect(view?.documents.map((d) => d.kind)).toEqual(['statement']);
    expect(await readPlanView(store, 'no-such-plan')).toBeNull();
  });

  it('lists on a session’s tab the items due by it and those reviewed at it', async () => {
    const april = await readSessionPlan(store, 'ex-session-2015-04-02-cfm', 'ex-chairmanship-csto-2015');
    expect(april.due.map((i) => i.number)).toEqual(['3', '5.1']);
    expect(april.reviewed.map((i) => i.number)).toEqual(['3', '5.1']);
    expect(april.documents.map((d) => d.document.kind)).toEqual(['statement']);
    const csc = await readSessionPlan(store, 'ex-session-2015-09-15-csc', 'ex-chairmanship-csto-2015');
    expect(csc.due.map((i) => i.number)).toEqual(['2.3', '6']);
    expect(csc.reviewed).toEqual([]);
  });

  it('gives the dashboard every item and only the status changes of the log', async () => {
    const chairmanship = await store.chairmanships.require('ex-chairmanship-csto-2015');
    const data = await readDashboard(store, chairmanship);
    expect(data.items).toHaveLength(13);
    expect(data.changes.map((c) => c.id).sort()).toEqual(['ex-update-1-1-1', 'ex-update-2-1-1', 'ex-update-3-1', 'ex-update-5-1-1']);
    expect(data.sessions).toHaveLength(7);
  });
});
