// Reads for the Action Plan screens: the plan with everything its items refer to, the home
// dashboard, and a session's Action Plan tab. Plain async functions over the store, observed
// as live queries by the state layer and called directly by tests and exports.
import type {
  ActionItem,
  ActionPlan,
  ActionUpdate,
  Body,
  Chairmanship,
  ChairmanshipView,
  OutcomeDocument,
  Party,
  Person,
  Session,
  Theme,
} from '../domain/types';
import type { Store } from './index';
import { readChairmanship, readYearSessions } from './read-models';

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** What items refer to by id, for names and deadlines. */
export interface PlanLookups {
  sessions: Map<string, Session>;
  parties: Map<string, Party>;
  bodies: Map<string, Body>;
  persons: Map<string, Person>;
  documents: Map<string, OutcomeDocument>;
}

/** Where a carried-forward item came from, with the history that stayed there. */
export interface CarryOrigin {
  item: ActionItem;
  plan?: ActionPlan;
  chairmanship?: Chairmanship;
  updates: ActionUpdate[];
}

export interface PlanView {
  plan: ActionPlan;
  chairmanship?: ChairmanshipView;
  /** The organization's Action Plan themes, in its order. */
  themes: Theme[];
  /** In number order. */
  items: ActionItem[];
  /** Progress notes per item id, oldest first. */
  updates: Map<string, ActionUpdate[]>;
  /** The chairmanship year's sessions in date order, for deadlines and notes. */
  sessions: Session[];
  /** Parties in protocol order. */
  parties: Party[];
  bodies: Body[];
  persons: Person[];
  /** The outcome documents of the year's sessions (and any an item or the basis names). */
  documents: OutcomeDocument[];
  lookups: PlanLookups;
  origins: Map<string, CarryOrigin>;
}

async function progressLog(store: Store, itemIds: readonly string[]): Promise<Map<string, ActionUpdate[]>> {
  const updates = await store.db.actionUpdates
    .where('actionItemId')
    .anyOf([...itemIds])
    .toArray();
  updates.sort((a, b) => a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt));
  return groupBy(updates, (u) => u.actionItemId);
}

async function origins(store: Store, items: readonly ActionItem[]): Promise<Map<string, CarryOrigin>> {
  const ids = items.flatMap((i) => (i.carriedFrom ? [i.carriedFrom] : []));
  if (!ids.length) return new Map();
  const originals = await store.actionItems.getMany(ids);
  const plans = byId(await store.actionPlans.getMany([...new Set(originals.map((o) => o.planId))]));
  const chairmanships = byId(await store.chairmanships.getMany([...new Set([...plans.values()].map((p) => p.chairmanshipId))]));
  const log = await progressLog(
    store,
    originals.map((o) => o.id),
  );
  return new Map(
    originals.map((item) => {
      const plan = plans.get(item.planId);
      return [
        item.id,
        { item, plan, chairmanship: plan ? chairmanships.get(plan.chairmanshipId) : undefined, updates: log.get(item.id) ?? [] },
      ];
    }),
  );
}

/** A plan with its items, their notes and everything they name; null if the plan is gone. */
export async function readPlanView(store: Store, planId: string): Promise<PlanView | null> {
  const plan = await store.actionPlans.get(planId);
  if (!plan) return null;
  const chairmanship = await readChairmanship(store, plan.chairmanshipId);
  const organizationId = chairmanship?.organizationId ?? '';
  const items = await store.actionItems.ofPlan(planId);
  const year = chairmanship ? (await readYearSessions(store, chairmanship)).map((r) => r.session) : [];
  const yearIds = new Set(year.map((s) => s.id));
  // Sessions outside the year an item still refers to (a deadline or a review).
  const others = [...new Set(items.flatMap((i) => [...(i.dueSessionId ? [i.dueSessionId] : []), ...i.reviewedAt]))].filter(
    (id) => !yearIds.has(id),
  );
  const sessions = [...year, ...(await store.sessions.getMany(others))];
  const [updates, parties, bodies, persons, themes, sessionDocuments, origin] = await Promise.all([
    progressLog(
      store,
      items.map((i) => i.id),
    ),
    store.parties.inProtocolOrder(organizationId),
    store.bodies.ofOrganization(organizationId),
    store.persons.ofOrganization(organizationId),
    store.themes.ofOrganization(organizationId),
    store.db.documents
      .where('sessionId')
      .anyOf(sessions.map((s) => s.id))
      .toArray(),
    origins(store, items),
  ]);
  const known = new Set(sessionDocuments.map((d) => d.id));
  const named = [...new Set([...plan.basis, ...items.flatMap((i) => i.documentIds)])].filter((id) => !known.has(id));
  const documents = [...sessionDocuments, ...(await store.db.documents.bulkGet(named)).filter((d): d is OutcomeDocument => !!d)];
  return {
    plan,
    chairmanship,
    themes,
    items,
    updates,
    sessions,
    parties,
    bodies,
    persons,
    documents,
    lookups: {
      sessions: byId(sessions),
      parties: byId(parties),
      bodies: byId(bodies),
      persons: byId(persons),
      documents: byId(documents),
    },
    origins: origin,
  };
}

export interface DashboardData {
  plans: ActionPlan[];
  /** Every item of every plan of the chairmanship, in plan then number order. */
  items: ActionItem[];
  /** Status changes only, oldest first. */
  changes: ActionUpdate[];
  sessions: Session[];
  /** The bodies of those sessions, to name them. */
  bodies: Body[];
}

/** What the home dashboard summarizes: all the chairmanship's plans. */
export async function readDashboard(store: Store, chairmanship: Chairmanship): Promise<DashboardData> {
  const plans = await store.actionPlans.ofChairmanship(chairmanship.id);
  const items = (await Promise.all(plans.map((p) => store.actionItems.ofPlan(p.id)))).flat();
  const [log, rows] = await Promise.all([
    progressLog(
      store,
      items.map((i) => i.id),
    ),
    readYearSessions(store, chairmanship),
  ]);
  const changes = [...log.values()].flat().filter((u) => u.statusTo !== undefined);
  const bodies = [...new Map(rows.flatMap((r) => r.bodies).map((b) => [b.id, b])).values()];
  return { plans, items, changes, sessions: rows.map((r) => r.session), bodies };
}

export interface SessionPlan {
  plans: ActionPlan[];
  /** Every item of the chairmanship's plans, in plan then number order. */
  items: ActionItem[];
  /** Items whose deadline is this session. */
  due: ActionItem[];
  /** Items reviewed at this session (a progress note or an outcome document). */
  reviewed: ActionItem[];
  documents: { document: OutcomeDocument; items: ActionItem[] }[];
}

/** The session page's Action Plan tab: items due by it and reviewed at it, and its documents. */
export async function readSessionPlan(store: Store, sessionId: string, chairmanshipId: string): Promise<SessionPlan> {
  const plans = await store.actionPlans.ofChairmanship(chairmanshipId);
  const [items, documents] = await Promise.all([
    Promise.all(plans.map((p) => store.actionItems.ofPlan(p.id))).then((lists) => lists.flat()),
    store.documents.ofSession(sessionId),
  ]);
  documents.sort((a, b) => (a.adoptedOn ?? '').localeCompare(b.adoptedOn ?? '') || a.createdAt.localeCompare(b.createdAt));
  return {
    plans,
    items,
    due: items.filter((i) => i.dueSessionId === sessionId),
    reviewed: items.filter((i) => i.reviewedAt.includes(sessionId)),
    documents: documents.map((document) => ({ document, items: items.filter((i) => i.documentIds.includes(document.id)) })),
  };
}

export interface YearDocument {
  document: OutcomeDocument;
  session: Session;
}

/** The outcome documents of a chairmanship year's sessions, in session order (a plan's basis). */
export async function readYearDocuments(store: Store, chairmanship: Chairmanship): Promise<YearDocument[]> {
  const sessions = (await readYearSessions(store, chairmanship)).map((r) => r.session);
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const documents = await store.db.documents
    .where('sessionId')
    .anyOf([...byId.keys()])
    .toArray();
  return documents
    .flatMap((document) => {
      const session = byId.get(document.sessionId);
      return session ? [{ document, session }] : [];
    })
    .sort((a, b) => a.session.startUtc.localeCompare(b.session.startUtc));
}
