// Random edits of the kind staff make, drawn from a seed: attendance and invitations,
// agenda titles and times, session notes and status, Action Plan status and progress,
// contact details, document references. Each is one field of one row.
import type { Tables } from './archive';
import { seeded, type Random } from './archive-source';
import type { Edit, RowRef } from './engine';

type Value = (random: Random, n: number) => [field: string, value: unknown];

const KINDS: { table: string; weight: number; value: Value }[] = [
  {
    table: 'participants',
    weight: 40,
    value: (r) =>
      r.chance(0.6)
        ? ['attendance', r.pick(['present', 'absent', 'excused', 'unknown'])]
        : ['invitation', r.pick(['invited', 'confirmed', 'declined'])],
  },
  {
    table: 'agendaItems',
    weight: 20,
    value: (r, n) =>
      r.chance(0.5) ? ['title', { en: `Item ${n}`, ru: `Пункт повестки № ${n}` }] : ['minutes', r.pick([10, 15, 20, 30, 45, 60])],
  },
  {
    table: 'sessions',
    weight: 15,
    value: (r, n) =>
      r.chance(0.5) ? ['notes', `Note ${n}: программа согласована`] : ['status', r.pick(['planned', 'confirmed', 'held', 'postponed'])],
  },
  {
    table: 'actionItems',
    weight: 15,
    value: (r) => (r.chance(0.5) ? ['status', r.pick(['in-progress', 'done', 'blocked'])] : ['progress', r.int(0, 100)]),
  },
  {
    table: 'persons',
    weight: 5,
    value: (r, n) => (r.chance(0.5) ? ['email', `p${n}@mfa.example`] : ['phone', `+992 37 ${r.int(100, 999)}-${r.int(10, 99)}-${n % 100}`]),
  },
  { table: 'documents', weight: 5, value: (_r, n) => ['reference', `CSTO/${n}`] },
];
const TOTAL = KINDS.reduce((n, k) => n + k.weight, 0);

/** `count` edits of random rows of `tables`, the same for the same seed. */
export function randomEdits(tables: Tables, seed: number, count: number): Edit[] {
  const random = seeded(seed);
  const ids = new Map(KINDS.map((k) => [k.table, (tables[k.table] ?? []).map((r) => r.id)]));
  const edits: Edit[] = [];
  for (let n = 0; n < count; n++) {
    let roll = random.int(0, TOTAL - 1);
    const kind = KINDS.find((k) => (roll -= k.weight) < 0) ?? KINDS[0];
    if (!kind) break;
    const [field, value] = kind.value(random, n);
    edits.push({ table: kind.table, id: random.pick(ids.get(kind.table) ?? []), field, value });
  }
  return edits;
}

/** A session and the rows that go with it when it is deleted: its 11 agenda items and 20 participants. */
export function sessionWithRows(tables: Tables, index: number): RowRef[] {
  const session = tables.sessions?.[index];
  if (!session) throw new Error('no such session');
  const of = (table: string): RowRef[] =>
    (tables[table] ?? [])
      .filter((r) => (r as unknown as { sessionId?: string }).sessionId === session.id)
      .map((r) => ({ table, id: r.id }));
  return [{ table: 'sessions', id: session.id }, ...of('agendaItems'), ...of('participants')];
}
