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
import { Live } from './live.svelte';

export type { CarryOrigin, DashboardData, PlanLookups, PlanView, SessionPlan, YearDocument } from '../db/action-plan-read-models';

export function livePlans(chairmanshipId: () => string | undefined): Live<ActionPlan[]> {
  return new Live(() => {
    const id = chairmanshipId();
    return async () => (id ? store().actionPlans.ofChairmanship(id) : []);
  }, []);
}

/** undefined while loading, null when the plan does not exist. */
export function livePlanView(planId: () => string | undefined): Live<PlanView | null | undefined> {
  return new Live<PlanView | null | undefined>(() => {
    const id = planId();
    return async () => (id ? readPlanView(store(), id) : null);
  }, undefined);
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
