import { describe, expect, it } from 'vitest';
import { drawByLot, moved, offered } from './reference-choices';

describe('offering reference rows', () => {
  const rows = [{ id: 'am' }, { id: 'by', retired: true }, { id: 'kz' }];

  it('offers no retired row for a new choice', () => {
    expect(offered(rows).map((r) => r.id)).toEqual(['am', 'kz']);
  });

  it('keeps a retired row a form already holds, in its place', () => {
    expect(offered(rows, ['by']).map((r) => r.id)).toEqual(['am', 'by', 'kz']);
  });
});

describe('moving a row in a list', () => {
  it('moves one place up or down', () => {
    expect(moved(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list as it is at either end or for an unknown row', () => {
    expect(moved(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], 'b', 1)).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], 'z', 1)).toEqual(['a', 'b']);
  });
});

describe('drawing a state by lot', () => {
  const states = ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan'];

  it('gives each state its share of the draws', () => {
    const draws = [0, 0.24, 0.25, 0.5, 0.74, 0.75, 0.9999].map((r) => drawByLot(states, () => r));
    expect(draws).toEqual(['Armenia', 'Armenia', 'Belarus', 'Kazakhstan', 'Kazakhstan', 'Kyrgyzstan', 'Kyrgyzstan']);
  });

  it('draws nothing from no state', () => {
    expect(drawByLot([], () => 0.5)).toBeUndefined();
  });
});
