// What the home dashboard shows, computed from the chairmanship's plans at a moment `now`:
// overdue items and those due before the next session (judged by the home time zone's
// calendar), progress per theme, and the burn-down of open items over the year.
import { progressByTheme, type ThemeProgress } from '$lib/domain/action-status';
import { burndownSeries, type BurndownPoint } from '$lib/domain/burndown';
import { dueBetween, dueDateOf, nextSession, overdueItems } from '$lib/domain/deadlines';
import { effectiveDay, itemStart } from '$lib/domain/progress-notes';
import { datePart, todayIn } from '$lib/domain/time';
import type { ActionItem, Chairmanship, IsoDate, Session } from '$lib/domain/types';
import type { DashboardData } from '$lib/state/action-plan.svelte';

export interface DashboardModel {
  today: IsoDate;
  total: number;
  overdue: ActionItem[];
  next: Session | null;
  dueBeforeNext: ActionItem[];
  themes: ThemeProgress[];
  burndown: BurndownPoint[];
}

export function dashboardModel(data: DashboardData, chairmanship: Pick<Chairmanship, 'year' | 'homeTimeZone'>, now: Date): DashboardModel {
  const zone = chairmanship.homeTimeZone;
  const today = todayIn(zone, now);
  const sessions = new Map(data.sessions.map((s) => [s.id, s]));
  const byDue = (a: ActionItem, b: ActionItem): number => (dueDateOf(a, sessions) ?? '').localeCompare(dueDateOf(b, sessions) ?? '');
  const next = nextSession(data.sessions, now.toISOString());
  const plans = new Map(data.plans.map((p) => [p.id, p]));

  // An item is part of the plan from the day it was added after approval, else from the
  // approval, else from the day it was entered.
  const items = data.items.map((item) => ({
    id: item.id,
    status: item.status,
    since: itemStart(item, plans.get(item.planId), zone),
  }));
  const from = items.reduce<IsoDate>((min, i) => (i.since < min ? i.since : min), `${chairmanship.year}-12-31`);
  const yearEnd = `${chairmanship.year}-12-31`;
  const to = today < yearEnd ? today : yearEnd;
  const changes = data.changes.flatMap((u) =>
    u.statusTo
      ? [{ itemId: u.actionItemId, on: effectiveDay(u, zone), to: u.statusTo, ...(u.statusFrom ? { from: u.statusFrom } : {}) }]
      : [],
  );

  return {
    today,
    total: data.items.length,
    overdue: overdueItems(data.items, sessions, today).sort(byDue),
    next,
    dueBeforeNext: next ? dueBetween(data.items, sessions, today, datePart(next.start)).sort(byDue) : [],
    themes: progressByTheme(data.items),
    burndown: items.length ? burndownSeries(items, changes, { from, to }) : [],
  };
}
