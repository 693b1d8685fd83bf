import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../db/search-read-models';
import { IncrementalIndex } from './search-index';

const record = (id: string, text: string, version = '1'): SearchRecord => ({
  id,
  kind: 'person',
  version,
  text: [text],
  label: { en: text, ru: text },
  detail: '',
});

describe('the search index follows the database', () => {
  it('touches only the records that changed', () => {
    const index = new IncrementalIndex();
    expect(index.sync([record('a', 'Lavrov'), record('b', 'Aslov'), record('c', 'Makei')])).toBe(3);
    expect(index.sync([record('a', 'Lavrov'), record('b', 'Aslov'), record('c', 'Makei')])).toBe(0);
    expect(index.sync([record('a', 'Lavrov'), record('b', 'Mirzo', '2'), record('d', 'Jenča')])).toBe(3);
    expect(index.search('mirzo', 10).map((r) => r.id)).toEqual(['b']);
    expect(index.search('aslov', 10)).toEqual([]);
    expect(index.search('makei', 10)).toEqual([]);
    expect(index.search('jenca', 10).map((r) => r.id)).toEqual(['d']);
  });
});
