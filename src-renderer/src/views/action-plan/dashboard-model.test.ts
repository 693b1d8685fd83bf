import { describe, expect, it } from 'vitest';
import type { ActionItem, ActionPlan, ActionUpdate } from '$lib/domain/types';
import { dashboardModel } from './dashboard-model';

// A plan typed in on 10 March, approved on 1 February, for a chairmanship at home in Almaty.
const typedIn = '2026-03-10T05:00:00.000Z';
const row = { createdAt: typedIn, updatedAt: typedIn, rev: 1 };
const plan: ActionPlan = { ...row, id: 'p', chairmanshipId: 'c', title: { en: 'Plan', ru: 'План' }, approvedOn: '2026-02-01', basis: [] };
const item = (id: string, status: ActionItem['status']): ActionItem => ({
  ...row,
  id,
  planId: 'p',
  number: id,
  sortKey: id,
  title: { en: id, ru: id },
  description: { en: '', ru: '' },
  theme: '',
  responsible: { partyIds: [], bodyIds: [], personIds: [] },
  status,
  progress: status === 'done' ? 100 : 0,
  reviewedAt: [],
  documentIds: [],
});
const chairmanship = { year: 2026, homeTimeZone: 'Asia/Almaty' };
const now = new Date('2026-03-20T06:00:00.000Z');

describe('the dashboard’s burn-down', () => {
  it('starts at the plan’s approval, not at the day the plan was typed in', () => {
    const model = dashboardModel(
      { plans: [plan], items: [item('1', 'in-progress'), item('2', 'not-started')], changes: [], sessions: [], bodies: [] },
      chairmanship,
      now,
    );
    expect(model.burndown).toEqual([
      { date: '2026-02-01', open: 2 },
      { date: '2026-03-20', open: 2 },
    ]);
  });

  it('counts a status change recorded later on the day it took effect', () => {
    const done: ActionUpdate = {
      ...row,
      id: 'u',
      actionItemId: '1',
      at: '2026-03-18T05:00:00.000Z',
      on: '2026-02-24',
      text: { en: '', ru: '' },
      statusFrom: 'in-progress',
      statusTo: 'done',
    };
    const model = dashboardModel(
      { plans: [plan], items: [item('1', 'done'), item('2', 'not-started')], changes: [done], sessions: [], bodies: [] },
      chairmanship,
      now,
    );
    expect(model.burndown).toEqual([
      { date: '2026-02-01', open: 2 },
      { date: '2026-02-24', open: 1 },
      { date: '2026-03-20', open: 1 },
    ]);
  });
});
