// The merge fuzz shared by the unit tests and the reliability suite: copies of one small
// chairmanship take random edits, deletions, additions (two copies often adding the same
// person to the same list) and Undo of deletions, and merge each other's backups in random
// orders with the preselected choices; then every copy merges every other until nothing
// changes, and their data are compared. Test code only.
import type { Random } from '../../../../../e2e/bench/archive/random';
import type { BackupRow, BackupTable } from './file-format';
import { Replica } from './merge-replica.test-helper';

export interface FuzzOptions {
  copies: number;
  rounds: number;
  opsPerRound: number;
}

export interface FuzzOutcome {
  merges: number;
  ops: number;
  /** Pairs of copies whose data differ at the end (none when the merge converges). */
  diverged: string[];
  /**
   * Edits lost: a field of a session or agenda item that one copy alone changed, on a row
   * still there at the end, that does not hold that copy's last value (none when the merge
   * loses nothing its rules keep: no other copy changed that field, so nothing could win).
   */
  lost: string[];
  copies: Replica[];
}

const SESSIONS = ['s1', 's2', 's3'];
const PERSONS = ['p1', 'p2', 'p3', 'p4', 'p5'];
const STATUSES = ['draft', 'planned', 'confirmed', 'held', 'postponed'];
const ATTENDANCE = ['unknown', 'present', 'absent', 'excused'];

function base(): Replica {
  const r = new Replica('base');
  for (const id of SESSIONS)
    r.add('sessions', { id, title: { en: id, ru: id }, status: 'planned', notes: '', venue: { city: { en: 'Dushanbe', ru: 'Душанбе' } } });
  for (const id of PERSONS)
    r.add('persons', { id, names: { en: { given: id, family: id }, ru: { given: '', family: '' } }, email: `${id}@mfa.tj` });
  for (const s of SESSIONS) {
    for (let i = 1; i <= 3; i++) r.add('agendaItems', { id: `${s}-ag${i}`, sessionId: s, position: i, title: `${s} item ${i}` });
    for (const p of PERSONS.slice(0, 3))
      r.add('participants', { id: `${s}-${p}`, sessionId: s, personId: p, role: 'member', attendance: 'unknown' });
  }
  return r;
}

export function fuzzMerges(random: Random, options: FuzzOptions): FuzzOutcome {
  const origin = base();
  const copies = Array.from({ length: options.copies }, (_, i) => Replica.from(origin, `copy${i}`));
  const deleted = copies.map(() => new Map<string, { table: BackupTable; row: BackupRow }>());
  const revived = new Set<string>();
  let next = 0;
  let ops = 0;
  let merges = 0;
  // Per session or agenda field, who changed it and the last value each wrote.
  const edits = new Map<string, Map<number, unknown>>();
  const edit = (copy: Replica, index: number, table: BackupTable, id: string, patch: BackupRow): void => {
    copy.edit(table, id, patch);
    for (const [field, value] of Object.entries(patch)) {
      const key = `${table}/${id}#${field}`;
      edits.set(key, (edits.get(key) ?? new Map<number, unknown>()).set(index, value));
    }
  };

  const operate = (copy: Replica, index: number): void => {
    const pick = (table: BackupTable): BackupRow | undefined => (copy.tables[table].length ? random.pick(copy.tables[table]) : undefined);
    const op = random.int(0, 9);
    ops++;
    if (op <= 3) {
      const session = pick('sessions');
      if (session)
        edit(
          copy,
          index,
          'sessions',
          String(session.id),
          random.chance(0.5) ? { status: random.pick(STATUSES) } : { notes: `note ${next++}` },
        );
    } else if (op === 4) {
      const p = pick('participants');
      if (p) copy.edit('participants', String(p.id), { attendance: random.pick(ATTENDANCE) });
    } else if (op === 5) {
      const a = pick('agendaItems');
      if (a) {
        // Positions are renumbered by every merge: only titles are followed for loss.
        if (random.chance(0.5)) edit(copy, index, 'agendaItems', String(a.id), { title: `title ${next++}` });
        else copy.edit('agendaItems', String(a.id), { position: random.int(1, 4) });
      }
    } else if (op === 6) {
      const table = random.pick<BackupTable>(['agendaItems', 'participants', 'persons']);
      const row = pick(table);
      if (row) {
        deleted[index]?.set(`${table}/${String(row.id)}`, { table, row });
        copy.delete(table, String(row.id));
      }
    } else if (op === 7) {
      // Two copies often put the same person on the same list.
      const session = random.pick(SESSIONS);
      const person = random.pick(PERSONS);
      if (copy.get('sessions', session) && !copy.tables.participants.some((p) => p.sessionId === session && p.personId === person)) {
        copy.add('participants', { id: `new-${next++}`, sessionId: session, personId: person, role: 'guest', attendance: 'unknown' });
      }
    } else if (op === 8) {
      const session = random.pick(SESSIONS);
      if (copy.get('sessions', session))
        copy.add('agendaItems', { id: `new-${next++}`, sessionId: session, position: random.int(1, 4), title: 'added' });
    } else {
      const gone = [...(deleted[index]?.values() ?? [])];
      const chosen = gone.length ? random.pick(gone) : undefined;
      if (chosen && !copy.get(chosen.table, String(chosen.row.id))) {
        revived.add(`${chosen.table}/${String(chosen.row.id)}`);
        deleted[index]?.delete(`${chosen.table}/${String(chosen.row.id)}`);
        copy.revive(chosen.table, chosen.row);
      }
    }
  };

  for (let round = 0; round < options.rounds; round++) {
    copies.forEach((copy, i) => {
      for (let k = 0; k < options.opsPerRound; k++) operate(copy, i);
    });
    for (let k = 0; k < options.copies; k++) {
      const i = random.int(0, options.copies - 1);
      const j = random.int(0, options.copies - 1);
      if (i === j) continue;
      copies[i]?.merge(copies[j] as Replica);
      merges++;
    }
  }
  // Everyone merges everyone until nothing changes.
  for (let pass = 0; pass < 4; pass++) {
    for (const a of copies) {
      for (const b of copies) {
        if (a === b) continue;
        a.merge(b);
        merges++;
      }
    }
  }
  const diverged: string[] = [];
  const first = JSON.stringify(copies[0]?.data());
  copies.forEach((copy, i) => {
    if (i > 0 && JSON.stringify(copy.data()) !== first) diverged.push(`copy0 ≠ copy${i}`);
  });
  const lost: string[] = [];
  const final = copies[0];
  for (const [key, writers] of edits) {
    if (writers.size !== 1 || !final) continue;
    const [table = '', rest = ''] = key.split('/');
    const [id = '', field = ''] = rest.split('#');
    const row = final.get(table as BackupTable, id);
    const [value] = writers.values();
    // A row deleted and put back by Undo holds the value it had when deleted: not followed.
    if (row && JSON.stringify(row[field]) !== JSON.stringify(value) && !revived.has(`${table}/${id}`))
      lost.push(`${key}: ${JSON.stringify(row[field])} ≠ ${JSON.stringify(value)}`);
  }
  return { merges, ops, diverged, lost, copies };
}
