import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from './cell-guard';

describe('spreadsheet formula guard', () => {
  it.each([
    ['=HYPERLINK("http://evil","click")', `'=HYPERLINK("http://evil","click")`],
    ['+SUM(A1:A9)', `'+SUM(A1:A9)`],
    ["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
    ['@SUM(1)', `'@SUM(1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['+ 7 (call me)', `'+ 7 (call me)`],
  ])('neutralises %j', (input, output) => {
    expect(guardCell(input)).toBe(output);
  });

  it.each(['+7 495 123-45-67', '+992 37 221 15 26', '+1 (212) 963-1234', 'Sergey Lavrov', 'Лавров С.В.', '-5', '2015-04-02', ''])(
    'keeps %j readable',
    (value) => {
      expect(guardCell(value)).toBe(value);
    },
  );

  it.each(['=HYPERLINK("http://evil")', '+SUM(A1)', '-x', "'plain", '+7 495 123-45-67', 'Лавров'])(
    'reads %j back as it was written',
    (value) => {
      expect(unguardCell(guardCell(value))).toBe(value);
    },
  );
});
