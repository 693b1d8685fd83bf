import { describe, expect, it } from 'vitest';
import { escapeText, fold, IcsLines, localStamp, paramValue, utcStamp } from './ics-writer';

const octets = (s: string): number => new TextEncoder().encode(s).length;

describe('RFC 5545 content lines', () => {
  it('escapes TEXT: backslash, semicolon, comma, newlines', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('quotes parameter values with : ; , and encodes ^ " and newlines (RFC 6868)', () => {
    expect(paramValue('Sergey Lavrov')).toBe('Sergey Lavrov');
    expect(paramValue('Lavrov, Sergey')).toBe('"Lavrov, Sergey"');
    expect(paramValue('mailto:a@b.c')).toBe('"mailto:a@b.c"');
    expect(paramValue('The "Channel" ^ op\nx')).toBe("The ^'Channel^' ^^ op^nx");
  });

  it('folds at 75 octets, never inside a character, and unfolding gives the line back', () => {
    const line = `SUMMARY:${'Заседание Совета министров иностранных дел ӣ ӯ ҳ ҷ қ ғ 🗓️ '.repeat(4)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.replaceAll('\r\n ', '')).toBe(line);
    expect(fold('SHORT:ascii')).toBe('SHORT:ascii');
  });

  it('writes components, parameters and stamps', () => {
    const text = new IcsLines()
      .begin('VEVENT')
      .raw('DTSTART', localStamp('2015-04-02T10:00'), { TZID: 'Asia/Dushanbe' })
      .text('SUMMARY', 'A, B')
      .end('VEVENT')
      .toString();
    expect(text).toBe('BEGIN:VEVENT\r\nDTSTART;TZID=Asia/Dushanbe:20150402T100000\r\nSUMMARY:A\\, B\r\nEND:VEVENT\r\n');
    expect(utcStamp('2015-04-02T05:00:00.000Z')).toBe('20150402T050000Z');
  });
});
