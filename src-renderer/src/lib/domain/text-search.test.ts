import { describe, expect, it } from 'vitest';
import { foldForSearch, TextIndex } from './text-search';

const index = new TextIndex([
  { id: 'lavrov', text: ['Sergey Lavrov', 'Сергей Лавров', 'Russia', 'Россия'] },
  { id: 'dacic', text: ['Ivica Dačić', 'Ивица Дачич', 'OSCE'] },
  { id: 'fedor', text: ['Fyodor Semyonov', 'Фёдор Семёнов'] },
  { id: 'makei', text: ['Vladimir Makei', 'Владимир Макей', 'Belarus'] },
]);

describe('search as you type', () => {
  it('finds by the first letters of a name, in either language', () => {
    expect(index.search('lav')).toEqual(['lavrov']);
    expect(index.search('Лав')).toEqual(['lavrov']);
    expect(index.search('serg lav')).toEqual(['lavrov']);
  });

  it('treats ё as е, both ways', () => {
    expect(index.search('Федор')).toEqual(['fedor']);
    expect(index.search('Семен')).toEqual(['fedor']);
    expect(foldForSearch('Ёлкин')).toBe('елкин');
  });

  it('ignores accents on Latin letters but keeps й', () => {
    expect(index.search('dacic')).toEqual(['dacic']);
    expect(foldForSearch('Макей')).toBe('макей');
  });

  it('forgives a typo in a longer word', () => {
    expect(index.search('Lavrob')).toEqual(['lavrov']);
  });

  it('returns null for an empty query and nothing for a miss', () => {
    expect(index.search('  ')).toBeNull();
    expect(index.search('zzzz')).toEqual([]);
  });
});

describe('incremental updates', () => {
  it('adds, replaces and removes records without rebuilding the index', () => {
    const index = new TextIndex([{ id: 'a', text: ['Sergey Lavrov'] }]);
    index.upsert({ id: 'b', text: ['Sirodjiddin Aslov'] });
    expect(index.search('aslov')).toEqual(['b']);
    index.upsert({ id: 'b', text: ['Sherali Mirzo'] });
    expect(index.search('aslov')).toEqual([]);
    expect(index.search('mirzo')).toEqual(['b']);
    index.remove('a');
    expect(index.search('lavrov')).toEqual([]);
    expect(index.size).toBe(1);
  });
});
