import { describe, expect, it } from 'vitest';
import { fieldKey, entryKey, type MergeChoices, type MergeEntry } from './merge-plan';
import { Replica } from './merge-replica.test-helper';

const SESSION = {
  id: 's1',
  title: { en: 'Session of the CFM', ru: 'Заседание СМИД' },
  bodyIds: ['cfm'],
  venue: { city: { en: 'Dushanbe', ru: 'Душанбе' }, place: 'Palace of Nations' },
  notes: '',
  status: 'planned',
};

/** A and B start from the same backup. */
function twoStaff(): { a: Replica; b: Replica } {
  const a = new Replica('aaaa');
  a.add('sessions', { ...SESSION });
  a.add('persons', { id: 'p1', names: { en: { given: 'Sergey', family: 'Lavrov' }, ru: { given: 'Сергей', family: 'Лавров' } } });
  a.add('persons', { id: 'p2', names: { en: { given: 'Edward', family: 'Nalbandian' }, ru: { given: 'Эдвард', family: 'Налбандян' } } });
  for (const [i, title] of ['Opening', 'Afghanistan', 'Next session'].entries())
    a.add('agendaItems', { id: `ag${i + 1}`, sessionId: 's1', position: i + 1, title });
  return { a, b: Replica.from(a, 'bbbb') };
}

const kinds = (entries: readonly MergeEntry[]): string[] => entries.map((e) => `${e.kind} ${e.table}/${e.id}`).sort();

/** Both merge each other's backups (B first, from A's backup made before either merged). */
function exchange(a: Replica, b: Replica, choices?: { a?: MergeChoices; b?: MergeChoices }): void {
  const fromA = a.side();
  const fromB = b.side();
  a.merge(fromB, choices?.a);
  b.merge(fromA, choices?.b);
}

describe('merging two staff members’ copies', () => {
  it('keeps deletions deleted on both computers, and renumbers nothing that did not move', () => {
    const { a, b } = twoStaff();
    a.delete('persons', 'p2');
    b.delete('agendaItems', 'ag2');
    exchange(a, b);
    for (const copy of [a, b]) {
      expect(copy.get('persons', 'p2')).toBeUndefined();
      expect(copy.get('agendaItems', 'ag2')).toBeUndefined();
      expect(copy.tables.agendaItems.map((i) => [i.id, i.position]).sort()).toEqual([
        ['ag1', 1],
        ['ag3', 2],
      ]);
    }
    expect(a.data()).toEqual(b.data());
  });

  it('keeps both edits when the two changed different fields of one row, without asking', () => {
    const { a, b } = twoStaff();
    b.edit('sessions', 's1', { venue: { ...SESSION.venue, place: 'Palace of Independence' } });
    a.edit('sessions', 's1', { notes: 'Draft agenda sent' });
    a.edit('sessions', 's1', { notes: 'Draft agenda sent to delegations' });
    const plan = a.plan(b);
    expect(kinds(plan.entries)).toEqual(['updated sessions/s1']);
    exchange(a, b);
    for (const copy of [a, b])
      expect(copy.get('sessions', 's1')).toMatchObject({
        venue: { place: 'Palace of Independence' },
        notes: 'Draft agenda sent to delegations',
      });
    expect(a.data()).toEqual(b.data());
  });

  it('asks about a field both changed, showing both values, the later change preselected, and the chosen one wins on both', () => {
    const { a, b } = twoStaff();
    a.edit('sessions', 's1', { status: 'confirmed' });
    b.edit('sessions', 's1', { status: 'postponed' });
    const plan = a.plan(b);
    const [entry] = plan.entries;
    expect(entry?.kind).toBe('conflict');
    if (entry?.kind !== 'conflict') return;
    expect(entry.conflicts).toEqual([{ field: 'status', mine: 'confirmed', theirs: 'postponed', preselected: 'theirs' }]);
    // A keeps its own value, against the preselection; B takes the preselected one.
    const keepMine: MergeChoices = { fields: new Map([[fieldKey(entry, 'status'), 'mine']]), rows: new Map() };
    exchange(a, b, { a: keepMine });
    expect(a.get('sessions', 's1')?.status).toBe('confirmed');
    // A's choice is a new change B had not seen: B takes it without asking again.
    expect(kinds(b.plan(a).entries)).toEqual(['updated sessions/s1']);
    b.merge(a);
    expect(b.get('sessions', 's1')?.status).toBe('confirmed');
    expect(a.data()).toEqual(b.data());
  });

  it('never asks about the invitations’ ICS sequence: the higher stands on both copies', () => {
    const { a, b } = twoStaff();
    a.edit('sessions', 's1', { title: { en: 'Session of the CFM', ru: 'Заседание СМИД (перенесено)' }, icsSequence: 2 });
    b.edit('sessions', 's1', { title: { en: 'Session of the CFM', ru: 'Заседание СМИД в Бишкеке' }, icsSequence: 1 });
    const [entry] = a.plan(b).entries;
    if (entry?.kind !== 'conflict') throw new Error('no conflict planned');
    expect(entry.conflicts.map((c) => c.field)).toEqual(['title']);
    exchange(a, b);
    for (const copy of [a, b]) expect(copy.get('sessions', 's1')?.icsSequence).toBe(2);
    expect(a.data()).toEqual(b.data());
  });

  it('gives a session the instants of the start, end and zone it ends with, whichever side each came from', () => {
    const { a, b } = twoStaff();
    const moscow = { start: '2015-04-02T10:00', end: '2015-04-02T13:00', timeZone: 'Europe/Moscow' };
    a.edit('sessions', 's1', { ...moscow, startUtc: '2015-04-02T07:00:00.000Z', endUtc: '2015-04-02T10:00:00.000Z' });
    // B moves it an hour later in the day, its instants as its own editor worked them out.
    b.edit('sessions', 's1', {
      ...moscow,
      start: '2015-04-02T11:00',
      startUtc: '2015-04-02T08:00:00.000Z',
      endUtc: '2015-04-02T10:00:00.000Z',
    });
    const [entry] = a.plan(b).entries;
    if (entry?.kind !== 'conflict') throw new Error('no conflict planned');
    // A keeps B's start against its own instants: the instants follow the start kept.
    const fields = new Map(
      entry.conflicts.map((c) => [fieldKey(entry, c.field), c.field === 'start' ? ('theirs' as const) : ('mine' as const)]),
    );
    a.merge(b.side(), { fields, rows: new Map() });
    expect(a.get('sessions', 's1')).toMatchObject({ start: '2015-04-02T11:00', startUtc: '2015-04-02T08:00:00.000Z' });
  });

  it('leaves two copies that chose the same value of a conflict with identical rows, stamps included', () => {
    for (const [choiceA, choiceB, value] of [
      // Both against their preselection (A keeps its own, B takes A's): A's value.
      ['mine', 'theirs', 'confirmed'],
      // Both the preselected (the later change, B's).
      ['theirs', 'mine', 'postponed'],
    ] as const) {
      const { a, b } = twoStaff();
      a.edit('sessions', 's1', { status: 'confirmed' });
      b.edit('sessions', 's1', { status: 'postponed', notes: 'B notes' });
      const [entryA] = a.plan(b).entries;
      const [entryB] = b.plan(a).entries;
      if (!entryA || !entryB) throw new Error('no conflict planned');
      exchange(a, b, {
        a: { fields: new Map([[fieldKey(entryA, 'status'), choiceA]]), rows: new Map() },
        b: { fields: new Map([[fieldKey(entryB, 'status'), choiceB]]), rows: new Map() },
      });
      expect(a.get('sessions', 's1')?.status).toBe(value);
      expect(b.get('sessions', 's1')?.status).toBe(value);
      expect(a.get('sessions', 's1')).toEqual(b.get('sessions', 's1'));
      // And nothing is left to merge either way.
      expect(kinds(a.plan(b).entries)).toEqual([]);
      expect(kinds(b.plan(a).entries)).toEqual([]);
    }
  });

  it('leaves two copies that both took the other’s different-field edits with identical rows, stamps included', () => {
    const { a, b } = twoStaff();
    b.edit('sessions', 's1', { venue: { ...SESSION.venue, place: 'Palace of Independence' } });
    a.edit('sessions', 's1', { notes: 'Draft agenda sent' });
    exchange(a, b);
    expect(a.get('sessions', 's1')).toEqual(b.get('sessions', 's1'));
  });

  it('makes one invitation list of two generated independently, instead of refusing the merge', () => {
    const { a, b } = twoStaff();
    a.add('participants', { id: 'pa-1', sessionId: 's1', personId: 'p1', role: 'head', attendance: 'unknown' });
    b.add('participants', { id: 'pb-1', sessionId: 's1', personId: 'p1', role: 'head', attendance: 'unknown' });
    b.edit('participants', 'pb-1', { attendance: 'present' });
    exchange(a, b);
    for (const copy of [a, b]) {
      expect(copy.tables.participants).toHaveLength(1);
      expect(copy.tables.participants[0]).toMatchObject({ id: 'pa-1', personId: 'p1', attendance: 'present' });
    }
    expect(a.data()).toEqual(b.data());
    // Made one alike on both, stamps and the tombstone's date included.
    const stones = (copy: typeof a): unknown[] => copy.tables.tombstones.filter((t) => t.table === 'participants');
    expect(stones(a)).toHaveLength(1);
    expect(stones(a)).toEqual(stones(b));
    expect(a.tables.participants).toEqual(b.tables.participants);
  });

  it('lets a deletion and an edit made without seeing it meet as a question, keeping the edit by default', () => {
    const { a, b } = twoStaff();
    a.delete('persons', 'p2');
    b.edit('persons', 'p2', { email: 'nalbandian@mfa.am' });
    const plan = a.plan(b);
    expect(plan.entries).toEqual([
      expect.objectContaining({ kind: 'deletion-conflict', table: 'persons', id: 'p2', deletedHere: true, preselected: 'keep' }),
    ]);
    exchange(a, b);
    for (const copy of [a, b]) expect(copy.get('persons', 'p2')).toMatchObject({ email: 'nalbandian@mfa.am' });
    expect(a.data()).toEqual(b.data());
  });

  it('deletes for good when the user chooses the deletion, and the other side follows', () => {
    const { a, b } = twoStaff();
    a.delete('persons', 'p2');
    b.edit('persons', 'p2', { email: 'nalbandian@mfa.am' });
    const [entry] = a.plan(b).entries;
    if (!entry) throw new Error('no entry');
    a.merge(b, { fields: new Map(), rows: new Map([[entryKey(entry), 'delete']]) });
    expect(a.get('persons', 'p2')).toBeUndefined();
    b.merge(a);
    expect(b.get('persons', 'p2')).toBeUndefined();
    expect(a.data()).toEqual(b.data());
  });

  it('brings back a row put back by Undo after the deletion was merged', () => {
    const { a, b } = twoStaff();
    const row = a.get('persons', 'p2');
    if (!row) throw new Error('no row');
    a.delete('persons', 'p2');
    b.merge(a);
    expect(b.get('persons', 'p2')).toBeUndefined();
    b.revive('persons', row);
    a.merge(b);
    expect(a.get('persons', 'p2')).toMatchObject({ id: 'p2' });
  });

  it('follows a Merge people made on the other side: references to the merged-away record move to the kept one', () => {
    const { a, b } = twoStaff();
    a.add('persons', { id: 'p1dup', names: { en: { given: 'S.', family: 'Lavrov' }, ru: { given: '', family: '' } } });
    b.merge(a);
    b.add('participants', { id: 'pb-2', sessionId: 's1', personId: 'p1dup', role: 'head', attendance: 'unknown' });
    a.delete('persons', 'p1dup', 'p1');
    exchange(a, b);
    for (const copy of [a, b]) expect(copy.tables.participants.map((p) => p.personId)).toEqual(['p1']);
    expect(a.data()).toEqual(b.data());
  });

  it('removes the agenda and list of a session deleted on the other side', () => {
    const { a, b } = twoStaff();
    a.delete('sessions', 's1');
    for (const id of ['ag1', 'ag2', 'ag3']) a.delete('agendaItems', id);
    b.add('agendaItems', { id: 'ag4', sessionId: 's1', position: 4, title: 'Added by B' });
    exchange(a, b);
    // B added an item to a session A deleted: A's deletion was of the session as B had it,
    // so the session stays deleted and the new item goes with it.
    for (const copy of [a, b]) {
      expect(copy.get('sessions', 's1')).toBeUndefined();
      expect(copy.tables.agendaItems).toEqual([]);
    }
    expect(a.data()).toEqual(b.data());
  });

  it('numbers an agenda 1…n again when both added an item at the same place', () => {
    const { a, b } = twoStaff();
    a.add('agendaItems', { id: 'ag-a', sessionId: 's1', position: 4, title: 'From A' });
    b.add('agendaItems', { id: 'ag-b', sessionId: 's1', position: 4, title: 'From B' });
    exchange(a, b);
    for (const copy of [a, b])
      expect([...copy.tables.agendaItems].sort((x, y) => Number(x.position) - Number(y.position)).map((i) => i.position)).toEqual([
        1, 2, 3, 4, 5,
      ]);
    expect(a.data()).toEqual(b.data());
  });

  it('is a no-op to merge one’s own backup, or the same backup twice', () => {
    const { a, b } = twoStaff();
    b.edit('sessions', 's1', { notes: 'B' });
    a.merge(b);
    const once = a.data();
    expect(a.plan(b).entries).toEqual([]);
    a.merge(b);
    expect(a.data()).toEqual(once);
    expect(a.plan(a.side()).entries).toEqual([]);
  });
});
