// The register of decisions as the screen, its exports and the Action Plan read it: every
// outcome document of the chairmanship year's sessions with its session and body, the year's
// sessions (to add an entry to), the organization's bodies, and the numbering problems.
import { numberingProblems, type NumberingProblem } from '../domain/decisions';
import type { Body, ChairmanshipView, OutcomeDocument, Session } from '../domain/types';
import { readYear } from './read-models';
import type { Store } from './index';

export interface RegisterEntry {
  document: OutcomeDocument;
  session: Session;
  body?: Body;
}

export interface RegisterData {
  entries: RegisterEntry[];
  sessions: Session[];
  bodies: Body[];
  problems: NumberingProblem[];
}

/** Entries in the order of their sessions, then by body, kind and number, then as recorded. */
export async function readRegister(store: Store, chairmanship: ChairmanshipView): Promise<RegisterData> {
  const { rows, bodies } = await readYear(store, chairmanship);
  const sessions = rows.map((r) => r.session);
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const documents = await store.db.documents
    .where('sessionId')
    .anyOf([...sessionById.keys()])
    .toArray();
  const entries = documents
    .flatMap((document) => {
      const session = sessionById.get(document.sessionId);
      const body = document.bodyId ? bodyById.get(document.bodyId) : undefined;
      return session ? [{ document, session, ...(body ? { body } : {}) }] : [];
    })
    .sort(
      (a, b) =>
        a.session.startUtc.localeCompare(b.session.startUtc) ||
        (a.document.bodyId ?? '').localeCompare(b.document.bodyId ?? '') ||
        a.document.kind.localeCompare(b.document.kind) ||
        (a.document.number ?? Infinity) - (b.document.number ?? Infinity) ||
        a.document.createdAt.localeCompare(b.document.createdAt),
    );
  const sessionDate = (doc: Pick<OutcomeDocument, 'id'>): string => {
    const entry = entries.find((e) => e.document.id === doc.id);
    return entry ? entry.session.start.slice(0, 10) : '';
  };
  return { entries, sessions, bodies, problems: numberingProblems(documents, sessionDate) };
}
