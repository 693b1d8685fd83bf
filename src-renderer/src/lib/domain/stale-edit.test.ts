import { describe, expect, it } from 'vitest';
import { allTheirs, resolveForm, staleComparison } from './stale-edit';

const base = { title: 'Council', place: 'Hall A', notes: '', bodies: ['cfm'], allDay: false };

describe('a Save refused because another window saved meanwhile', () => {
  it('shows the fields the other window changed, beside the user’s values', () => {
    const mine = { ...base, title: 'Council of Ministers', notes: 'Bring flags' };
    const theirs = { ...base, title: 'Council, revised', place: 'Hall B' };
    expect(staleComparison(base, mine, theirs)).toEqual([
      { key: 'title', mine: 'Council of Ministers', theirs: 'Council, revised', edited: true, keep: 'mine' },
      { key: 'place', mine: 'Hall A', theirs: 'Hall B', edited: false, keep: 'theirs' },
    ]);
  });

  it('leaves out a field both changed to the same value, and one only the user changed', () => {
    const mine = { ...base, title: 'Same', notes: 'mine only' };
    const theirs = { ...base, title: 'Same' };
    expect(staleComparison(base, mine, theirs)).toEqual([]);
  });

  it('compares ticked choices by their contents', () => {
    const mine = { ...base, bodies: ['cfm'] };
    const theirs = { ...base, bodies: ['cfm', 'cmd'] };
    expect(staleComparison(base, mine, theirs).map((f) => [f.key, f.keep])).toEqual([['bodies', 'theirs']]);
  });

  it('keeps every typed value unless the new one is chosen for that field', () => {
    const mine = { ...base, title: 'Mine', place: 'My hall', notes: 'typed' };
    const theirs = { ...base, title: 'Theirs', place: 'Their hall', allDay: true };
    expect(resolveForm(mine, theirs, { title: 'mine', place: 'theirs', allDay: 'theirs' })).toEqual({
      ...base,
      title: 'Mine',
      place: 'Their hall',
      notes: 'typed',
      allDay: true,
    });
  });

  it('takes every new value when asked to, and keeps what was typed elsewhere', () => {
    const mine = { ...base, title: 'Mine', notes: 'typed' };
    const theirs = { ...base, title: 'Theirs', place: 'Hall B' };
    const fields = staleComparison(base, mine, theirs);
    expect(resolveForm(mine, theirs, allTheirs(fields))).toEqual({ ...base, title: 'Theirs', place: 'Hall B', notes: 'typed' });
  });
});
