import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { party } from '../domain/test-fixtures';
import { encodeWindows1251 } from './cp1251.test-helper';
import { parseCsv } from './csv';
import { columnLetter, guessMapping, matchParty, previewImport } from './persons-import';

const parties = [party('ru', 'member', 'Russia', 'Россия', { iso2: 'RU' }), party('by', 'member', 'Belarus', 'Беларусь', { iso2: 'BY' })];

describe('person import: column mapping', () => {
  it('guesses columns from Russian and English headers', () => {
    expect(guessMapping(['Фамилия', 'Имя', 'Страна', 'E-mail', 'Телефон'])).toEqual({
      familyRu: 0,
      givenRu: 1,
      partyId: 2,
      email: 3,
      phone: 4,
    });
    expect(guessMapping(['Last name', 'First name', 'Country'])).toEqual({ familyEn: 0, givenEn: 1, partyId: 2 });
  });

  it('recognises extra headers (the app’s own export columns)', () => {
    expect(guessMapping(['Family name (English)'], { familyEn: ['Family name (English)'] })).toEqual({ familyEn: 0 });
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 2, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });

  it('finds a party by code or name in either language', () => {
    expect(matchParty('RU', parties)?.id).toBe('ru');
    expect(matchParty('беларусь', parties)?.id).toBe('by');
    expect(matchParty('Atlantis', parties)).toBeUndefined();
  });
});

describe('person import: preview', () => {
  it('reads a windows-1251 file with ; into persons of the right party', () => {
    const table = parseCsv(encodeWindows1251('Фамилия;Имя;Страна;Телефон\nЛавров;Сергей;Россия;+7 495 244-16-06\nМакей;Владимир;BY;\n'));
    const preview = previewImport(table, guessMapping(table.header), parties, 'org');
    expect(preview.errors).toEqual([]);
    expect(preview.valid.map((r) => r.person)).toEqual([
      {
        organizationId: 'org',
        names: { en: { given: '', family: '' }, ru: { given: 'Сергей', family: 'Лавров' } },
        honorific: { en: '', ru: '' },
        partyId: 'ru',
        phone: '+7 495 244-16-06',
      },
      {
        organizationId: 'org',
        names: { en: { given: '', family: '' }, ru: { given: 'Владимир', family: 'Макей' } },
        honorific: { en: '', ru: '' },
        partyId: 'by',
      },
    ]);
  });

  it('reports each bad value with its row and column, and keeps the bad rows out of the valid ones', () => {
    const table = parseCsv(
      new TextEncoder().encode(
        'Surname,Given name,Country,Email\nLavrov,Sergey,Russia,ok@mid.ru\n,Nobody,Russia,\nMakei,Vladimir,Atlantis,not-an-email\n',
      ),
    );
    const preview = previewImport(table, guessMapping(table.header), parties, 'org');
    expect(preview.errors).toEqual([
      { row: 3, column: 0, field: 'familyEn', code: 'name-required', value: '' },
      { row: 4, column: 2, field: 'partyId', code: 'unknown-party', value: 'Atlantis' },
      { row: 4, column: 3, field: 'email', code: 'email-invalid', value: 'not-an-email' },
    ]);
    expect(preview.valid.map((r) => r.row)).toEqual([2]);
    expect(preview.rows).toHaveLength(3);
  });
});

describe('person import: a file read in the wrong encoding', () => {
  // KOI8-R bytes written by iconv, read as windows-1251 (the user's wrong choice, or a close guess).
  const koi8 = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'KOI8-R'], {
    input: Buffer.from('Фамилия;Имя;Страна\nЛавров;Сергей;RU\nМакей;Владимир;BY\n', 'utf8'),
  });

  it('marks no row ready when its names are garbled', () => {
    const table = parseCsv(new Uint8Array(koi8), 'windows-1251');
    const preview = previewImport(table, { familyRu: 0, givenRu: 1, partyId: 2 }, parties, 'org');
    expect(preview.valid).toEqual([]);
    expect(preview.errors.filter((e) => e.code === 'garbled').map((e) => [e.row, e.field])).toEqual([
      [2, 'familyRu'],
      [2, 'givenRu'],
      [3, 'familyRu'],
      [3, 'givenRu'],
    ]);
  });

  it('marks every row ready when the same file is read in its own encoding', () => {
    const table = parseCsv(new Uint8Array(koi8));
    expect(table.encoding).toBe('koi8-r');
    expect(previewImport(table, guessMapping(table.header), parties, 'org').valid).toHaveLength(2);
  });
});
