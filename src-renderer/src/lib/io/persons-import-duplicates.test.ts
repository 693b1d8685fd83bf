import { describe, expect, it } from 'vitest';
import { party } from '../domain/test-fixtures';
import type { Person } from '../domain/types';
import { defaultChoice, flagDuplicates, resolveImport, type DuplicateChoice, type DuplicateFlag } from './persons-import-duplicates';
import { guessMapping, previewImport } from './persons-import';

const PARTIES = [party('ru', 'member', 'Russia', 'Россия'), party('tj', 'member', 'Tajikistan', 'Таджикистан')];
const at = '2015-01-01T00:00:00.000Z';
const stored = (id: string, en: [string, string], ru: [string, string], partyId: string, extra: Partial<Person> = {}): Person => ({
  id,
  createdAt: at,
  updatedAt: at,
  rev: 1,
  organizationId: 'org',
  partyId,
  names: { en: { given: en[0], family: en[1] }, ru: { given: ru[0], family: ru[1] } },
  honorific: { en: '', ru: '' },
  ...extra,
});
const LAVROV = stored('lavrov', ['Sergey', 'Lavrov'], ['Сергей', 'Лавров'], 'ru');
const ASLOV = stored('aslov', ['Sirodjiddin', 'Aslov'], ['Сироджиддин', 'Аслов'], 'tj', { email: 'aslov@mfa.tj' });

const header = ['Family name', 'Given name', 'Фамилия', 'Имя', 'Country', 'Email'];
const preview = (rows: string[][]) => previewImport({ header, rows }, guessMapping(header), PARTIES, 'org').rows;

describe('duplicates in a person import', () => {
  const rows = preview([
    ['Lavrov', 'Sergey', '', '', 'Russia', 'lavrov@mid.ru'], // 2: the same names as a stored person
    ['Lavrov', 'Sergei', '', '', 'Russia', ''], // 3: looks like him
    ['Aslov', 'S.', '', '', 'Tajikistan', 'other@mfa.tj'], // 4: an initial of a stored person
    ['Kuliev', 'Rashid', 'Кулиев', 'Рашид', 'Tajikistan', ''], // 5: new
    ['KULIEV', 'Rashid', '', '', 'Tajikistan', 'kuliev@mfa.tj'], // 6: the same as row 5
    ['Lavrov', 'Sergey', '', '', 'Tajikistan', ''], // 7: same names, another state
  ]);
  const flags = flagDuplicates(rows, [LAVROV, ASLOV]);

  it('flags each row that matches a stored person or an earlier row, saying whether the names are the same', () => {
    const seen = [...flags.values()].map(
      (f) => `${f.row} ${f.exact ? 'same as' : 'like'} ${'person' in f.match ? f.match.person.id : `row ${f.match.row}`}`,
    );
    expect(seen).toEqual(['2 same as lavrov', '3 like lavrov', '4 like aslov', '6 same as row 5']);
  });

  it('skips a row with the same names by default and adds one that only looks alike', () => {
    expect([...flags.values()].map((f) => `${f.row} ${defaultChoice(f)}`)).toEqual(['2 skip', '3 add', '4 add', '6 skip']);
    const outcome = resolveImport(rows, flags, defaultChoice);
    expect(outcome.add.map((p) => `${p.names.en.family} ${p.names.en.given}`)).toEqual([
      'Lavrov Sergei',
      'Aslov S.',
      'Kuliev Rashid',
      'Lavrov Sergey',
    ]);
    expect(outcome).toMatchObject({ merge: [], skipped: 2, merged: 0 });
  });

  it('merges fill the empty fields of the stored person or of the row they match, and never overwrite one', () => {
    const chosen: Record<number, DuplicateChoice> = { 2: 'merge', 3: 'merge', 4: 'merge', 6: 'merge' };
    const choice = (f: DuplicateFlag): DuplicateChoice => chosen[f.row] ?? defaultChoice(f);
    const outcome = resolveImport(rows, flags, choice);
    expect(outcome.merged).toBe(4);
    expect(outcome.merge.map((m) => [m.base.id, m.next.email, m.next.names.en.given])).toEqual([
      ['lavrov', 'lavrov@mid.ru', 'Sergey'],
      // Aslov keeps his own address: a merge only fills what is empty.
      ['aslov', 'aslov@mfa.tj', 'Sirodjiddin'],
    ]);
    const kuliev = outcome.add.find((p) => p.names.en.given === 'Rashid');
    expect(kuliev?.email).toBe('kuliev@mfa.tj');
    expect(kuliev?.names.ru.family).toBe('Кулиев');
  });

  it('sends a row skipped or merged as an earlier one where that row went', () => {
    const twice = preview([
      ['Lavrov', 'Sergey', '', '', 'Russia', ''],
      ['Lavrov', 'Sergey', 'Лавров', 'Сергей', 'Russia', 'lavrov@mid.ru'],
    ]);
    const f = flagDuplicates(twice, [LAVROV]);
    expect([...f.values()].map((x) => 'person' in x.match)).toEqual([true, true]);
    const outcome = resolveImport(twice, f, () => 'merge');
    expect(outcome.merge).toHaveLength(1);
    expect(outcome.merge[0]?.next.email).toBe('lavrov@mid.ru');
  });
});
