// The Action Plan as live queries: the chairmanship's plans, one plan with everything its
// items name, the home dashboard, a session's Action Plan tab. Create inside components.
import { store } from '../db';
import {
  readDashboard,
  readPlanView,
  readSessionPlan,
  readYearDocuments,
  type DashboardData,
  type PlanView,
  type SessionPlan,
  type YearDocument,
} from '../db/action-plan-read-models';
import type { ActionPlan, Chairmanship } from '../domain/types';
import { KeyedLive, Live } from './live.svelte';

export type { DashboardData, PlanLookups, PlanView, SessionPlan, YearDocument } from '../db/action-plan-read-models';

/** The chairmanship's plans; undefined while those of the chairmanship asked for load. */
export function livePlans(chairmanshipId: () => string | undefined): KeyedLive<string | undefined, ActionPlan[]> {
  return new KeyedLive(chairmanshipId, async (id) => (id ? store().actionPlans.ofChairmanship(id) : []));
}

/** undefined while the plan asked for loads, null when it does not exist. */
export function livePlanView(planId: () => string | undefined): KeyedLive<string | undefined, PlanView | null> {
  return new KeyedLive(planId, async (id) => (id ? readPlanView(store(), id) : null));
}

export function liveDashboard(chairmanship: () => Chairmanship | undefined): Live<DashboardData | undefined> {
  return new Live<DashboardData | undefined>(() => {
    const c = chairmanship();
    return async () => (c ? readDashboard(store(), c) : undefined);
  }, undefined);
}

export function liveSessionPlan(sessionId: () => string, chairmanshipId: () => string | undefined): Live<SessionPlan | undefined> {
  return new Live<SessionPlan | undefined>(() => {
    const session = sessionId();
    const chairmanship = chairmanshipId();
    return async () => (chairmanship ? readSessionPlan(store(), session, chairmanship) : undefined);
  }, undefined);
}

export function liveYearDocuments(chairmanship: () => Chairmanship | undefined): Live<YearDocument[]> {
  return new Live(() => {
    const c = chairmanship();
    return async () => (c ? readYearDocuments(store(), c) : []);
  }, []);
}
