import { describe, expect, it } from 'vitest';
import { withoutPerson } from './erase-person';
import { emptyTables } from './file-format';

describe('a person erased from a backup', () => {
  it('leaves no row of theirs and no reference to them, and everything else as it was', () => {
    const id = '7b0c6f0e-2f51-4b8e-9a43-1d2c3b4a5f60';
    const tables = {
      ...emptyTables(),
      persons: [
        { id, names: { en: { family: 'Witness' } } },
        { id: 'other', names: { en: { family: 'Lavrov' } } },
      ],
      participants: [
        { id: 'p1', personId: id, sessionId: 's1' },
        { id: 'p2', personId: 'other', sessionId: 's1', representsPersonId: id },
      ],
      appointments: [{ id: 'a1', personId: id }],
      sessions: [{ id: 's1', chairPersonId: id, title: { en: 'Council' } }],
      actionItems: [{ id: 'i1', responsible: { partyIds: ['tj'], bodyIds: [], personIds: [id, 'other'] } }],
    };
    const { tables: out, changed } = withoutPerson(tables, id);
    expect(changed).toBe(true);
    expect(JSON.stringify(out)).not.toContain(id);
    expect(out.persons).toEqual([tables.persons[1]]);
    expect(out.participants).toEqual([{ id: 'p2', personId: 'other', sessionId: 's1' }]);
    expect(out.appointments).toEqual([]);
    expect(out.sessions).toEqual([{ id: 's1', title: { en: 'Council' } }]);
    expect(out.actionItems).toEqual([{ id: 'i1', responsible: { partyIds: ['tj'], bodyIds: [], personIds: ['other'] } }]);
    expect(withoutPerson(out, id).changed).toBe(false);
  });
});
