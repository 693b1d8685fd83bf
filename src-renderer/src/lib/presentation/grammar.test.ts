// Counts read by each language's plural rules ("1 row", "2 rows"; "1 строка", "2 строки",
// "5 строк"), and a substitute named without declining a name.
import { describe, expect, it } from 'vitest';
import { m } from './i18n';
import { participantName } from './people-labels';
import { person } from '../domain/test-fixtures';

const en = { locale: 'en' } as const;
const ru = { locale: 'ru' } as const;

describe('counts by the plural rules of the language', () => {
  it('counts rows of an imported file: 1 row, 2 rows; 1 строка, 2 строки, 5 строк, 21 строка', () => {
    const rows = (n: number, options: typeof en | typeof ru): string => m.people_import_detected_xlsx({ rows: n }, options);
    expect(rows(1, en)).toBe('1 row · Excel workbook, first sheet');
    expect(rows(2, en)).toBe('2 rows · Excel workbook, first sheet');
    expect(rows(1, ru)).toBe('1 строка · книга Excel, первый лист');
    expect(rows(2, ru)).toBe('2 строки · книга Excel, первый лист');
    expect(rows(5, ru)).toBe('5 строк · книга Excel, первый лист');
    expect(rows(21, ru)).toBe('21 строка · книга Excel, первый лист');
    // Thousands grouped as each language writes them (a no-break space in Russian).
    expect(rows(10_000, en)).toBe('10,000 rows · Excel workbook, first sheet');
    expect(rows(10_000, ru)).toBe('10\u00a0000 строк · книга Excel, первый лист');
    expect(m.people_import_detected_csv({ rows: 3, encoding: 'UTF-8', delimiter: ';' }, ru)).toBe(
      '3 строки · CSV в кодировке UTF-8, разделитель столбцов «;»',
    );
  });

  it('never says "1 persons", "1 errors" or "1 records"', () => {
    expect(m.people_count({ count: 1 }, en)).toBe('1 person');
    expect(m.people_count({ count: 19 }, en)).toBe('19 persons');
    expect(m.people_import_commit({ count: 1 }, en)).toBe('Import 1 person');
    expect(m.people_import_done({ count: 1 }, en)).toBe('Imported 1 person.');
    expect(m.people_import_row_bad({ count: 1 }, en)).toBe('1 error');
    expect(m.people_import_row_bad({ count: 5 }, ru)).toBe('5 ошибок');
    expect(m.people_import_row_bad({ count: 2 }, ru)).toBe('2 ошибки');
    expect(m.people_import_skip_bad({ count: 1 }, en)).toBe('Leave out the 1 row with errors');
    expect(m.restore_done({ count: 1, name: 'a.json' }, en)).toBe('Restored 1 record from a.json.');
    expect(m.sessions_all_count({ count: 1 }, en)).toBe('1 session in all years.');
    expect(m.dashboard_open_plan({ count: 1 }, en)).toBe('Open the Action Plan (1 item)');
  });

  it('says "использован 5 раз", not "5 раза"', () => {
    const used = (count: number): string => m.register_problem_duplicate({ series: 'СМИД', number: 3, count }, ru);
    expect(used(2)).toBe('СМИД: номер 3 использован 2 раза.');
    expect(used(5)).toBe('СМИД: номер 3 использован 5 раз.');
    expect(used(22)).toBe('СМИД: номер 3 использован 22 раза.');
  });
});

describe('a substitute', () => {
  it('"замещает: Сергей Шойгу", which needs no declension of the name', () => {
    const shoigu = person('shoigu', 'ru', ['Sergey', 'Shoigu'], ['Сергей', 'Шойгу']);
    const deputy = person('deputy', 'ru', ['Ruslan', 'Tsalikov'], ['Руслан', 'Цаликов']);
    expect(participantName(deputy, shoigu, 'ru')).toBe('Руслан Цаликов (замещает: Сергей Шойгу)');
    expect(m.people_standing_in_for({ name: 'Сергей Шойгу' }, ru)).toBe('замещает: Сергей Шойгу');
  });
});
