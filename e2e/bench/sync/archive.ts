// The data every engine of the sync benchmark holds: the ten-year archive (about 190,000 rows)
// or its last chairmanship year, as the app stores them (the app's own row builders), with the
// organization and the reference data they point to.
import type { Body, Organization, Party, Row } from '../../../src-renderer/src/lib/domain/types';
import { BODIES, ChairdeskDB, generateArchive, ORGANIZATION, PARTIES, SessionsRepository, stamp } from './archive-source';

/** Table name → rows. */
export type Tables = Record<string, Row[]>;
export type Size = 'year' | 'archive';

const NOW = new Date('2026-01-01T00:00:00.000Z');

export function archiveTables(size: Size): Tables {
  const stamped = <T extends Row>(rows: readonly (Omit<T, 'createdAt' | 'updatedAt' | 'rev'> & { id: string })[]): T[] =>
    rows.map(({ id, ...fields }) => stamp<T>(fields as T, NOW, id));
  const parties = stamped<Party>(PARTIES);
  const bodies = stamped<Body>(BODIES);
  const tables: Tables = { organizations: stamped<Organization>([ORGANIZATION]), parties, bodies };
  // Only its row builder is used: the database is never opened.
  const sessions = new SessionsRepository(new ChairdeskDB('chairdesk-sync-bench-unused'), () => NOW);
  for (const batch of generateArchive(
    { parties, bodies },
    <T extends Row>(fields: Omit<T, keyof Row>, id: string): T => stamp<T>(fields, NOW, id),
    (input, id) => sessions.build(input, id),
  )) {
    const rows = (tables[batch.table] ??= []);
    // Appended in place: spreading 100,000 rows per batch would be quadratic.
    for (const row of batch.rows) rows.push(row);
  }
  return size === 'archive' ? tables : lastYear(tables);
}

/** The last chairmanship of the archive, with its sessions and their rows, its plan, and every person. */
function lastYear(all: Tables): Tables {
  const field = (row: Row, name: string): unknown => (row as unknown as Record<string, unknown>)[name];
  const chair = all.chairmanships?.at(-1);
  if (!chair) throw new Error('the archive has no chairmanship');
  const year = String(field(chair, 'year'));
  const sessions = (all.sessions ?? []).filter((s) => String(field(s, 'start')).startsWith(year));
  const sessionIds = new Set(sessions.map((s) => s.id));
  const plans = (all.actionPlans ?? []).filter((p) => field(p, 'chairmanshipId') === chair.id);
  const planIds = new Set(plans.map((p) => p.id));
  const ofSessions = (table: string): Row[] => (all[table] ?? []).filter((r) => sessionIds.has(String(field(r, 'sessionId'))));
  return {
    organizations: all.organizations ?? [],
    parties: all.parties ?? [],
    bodies: all.bodies ?? [],
    chairmanships: [chair],
    persons: all.persons ?? [],
    sessions,
    agendaItems: ofSessions('agendaItems'),
    participants: ofSessions('participants'),
    documents: ofSessions('documents'),
    actionPlans: plans,
    actionItems: (all.actionItems ?? []).filter((i) => planIds.has(String(field(i, 'planId')))),
  };
}

export const rowCount = (tables: Tables): number => Object.values(tables).reduce((n, rows) => n + rows.length, 0);
