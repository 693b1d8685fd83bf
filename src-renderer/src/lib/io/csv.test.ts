import { describe, expect, it } from 'vitest';
import { encodeWindows1251 } from './cp1251.test-helper';
import { detectDelimiter, parseCsv, toCsv } from './csv';
import { detectEncoding } from './text-encoding';
import { ImportError } from './import-error';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('CSV export', () => {
  it('writes UTF-8 with a byte-order mark, CRLF lines, quoting where needed', () => {
    const csv = toCsv(
      ['Name', 'Party'],
      [
        ['Лавров, Сергей', 'Россия'],
        ['Say "hi"', null],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFName,Party\r\n"Лавров, Сергей",Россия\r\n"Say ""hi""",\r\n');
  });

  it('uses ; for Russian Excel', () => {
    expect(toCsv(['A', 'B'], [['1', '2']], ';')).toBe('\uFEFFA;B\r\n1;2\r\n');
  });

  it('neutralises cells that would run as formulas, but keeps phone numbers readable', () => {
    const csv = toCsv(['Value'], [['=HYPERLINK("http://evil","x")'], ['@SUM(A1)'], ['-2+3'], ['\tcmd'], ['+7 495 244-16-06'], [-5]]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(lines[2]).toBe("'@SUM(A1)");
    expect(lines[3]).toBe("'-2+3");
    expect(lines[4]).toBe("'\tcmd");
    expect(lines[5]).toBe('+7 495 244-16-06');
    expect(lines[6]).toBe('-5');
  });
});

describe('CSV import', () => {
  const text = 'Фамилия;Имя;Страна\r\nЛавров;Сергей;Россия\r\nСемёнов;Фёдор;Беларусь\r\n';

  it('reads UTF-8 with ;', () => {
    const parsed = parseCsv(utf8(text));
    expect(parsed).toMatchObject({ encoding: 'utf-8', delimiter: ';', header: ['Фамилия', 'Имя', 'Страна'] });
    expect(parsed.rows).toEqual([
      ['Лавров', 'Сергей', 'Россия'],
      ['Семёнов', 'Фёдор', 'Беларусь'],
    ]);
  });

  it('reads windows-1251 with ;', () => {
    const parsed = parseCsv(encodeWindows1251(text));
    expect(parsed.encoding).toBe('windows-1251');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows[1]).toEqual(['Семёнов', 'Фёдор', 'Беларусь']);
  });

  it('reads windows-1251 with , and quoted fields', () => {
    const parsed = parseCsv(encodeWindows1251('Фамилия,Имя,Должность\nИдрисов,Ерлан,"Министр, Казахстан"\n'));
    expect(parsed).toMatchObject({ encoding: 'windows-1251', delimiter: ',' });
    expect(parsed.rows).toEqual([['Идрисов', 'Ерлан', 'Министр, Казахстан']]);
  });

  it('reads UTF-8 with , and a byte-order mark, which does not end up in the first header', () => {
    const parsed = parseCsv(utf8('\uFEFFfamily_en,given_en\nLavrov,Sergey\n'));
    expect(parsed).toMatchObject({ encoding: 'utf-8', delimiter: ',', header: ['family_en', 'given_en'] });
  });

  it('tells UTF-8 from windows-1251 by the bytes alone', () => {
    expect(detectEncoding(utf8('Ёлкин')).encoding).toBe('utf-8');
    expect(detectEncoding(encodeWindows1251('Ёлкин'))).toMatchObject({ text: 'Ёлкин', encoding: 'windows-1251' });
  });

  it('counts delimiters outside quotes only', () => {
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('a;"b,c,d";e\n')).toBe(';');
  });

  it('refuses an empty file and an unclosed quote, naming the line', () => {
    expect(() => parseCsv(new Uint8Array())).toThrow(ImportError);
    const error = (() => {
      try {
        parseCsv(utf8('a,b\n1,2\n"3,4\n'));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'unreadable' });
  });
});
