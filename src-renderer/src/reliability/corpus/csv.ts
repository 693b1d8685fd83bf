// The bad-input corpus (see common.ts): CSV files of persons.
import { BYTE_KINDS, type Kind, type BadFile, type Dice, dice, utf8, wrongEncodings, plan, named } from './common';

export const CSV_HEADER = ['Family name', 'Given name', 'Country', 'Email', 'Phone', 'Notes'];

/** A row bad twice over (no family name, and an email or phone that is not one), so no single change makes it good. */
export function badPersonRow(d: Dice): string[] {
  return [
    '',
    d.pick(['Сергей', 'Sirojiddin', 'Žofie', 'Анна']),
    d.pick(['Russia', 'TJ', 'Атлантида', '']),
    d.pick(['not an email', 'x@', '@@', 'mail at mfa dot tj']),
    d.pick(['call me', 'ext.', '']),
    d.pick(['', 'ӣ ӯ ҳ ҷ қ ғ', '=cmd|" /C calc"!A0', '+7 495 244-16-06']),
  ];
}

/**
 * An e-mail cell crafted against e-mail expressions: tens of kilobytes of dots and labels on
 * which an expression that can backtrack takes seconds (the square of the length), and short
 * addresses that smuggle a mailto: query or a header. None is an address.
 */
export function craftedEmail(d: Dice): string {
  const n = 5_000 + d.int(15_000);
  return d.pick([
    () => `a@${'a.'.repeat(n)}@`,
    () => `a@${'a.'.repeat(n)}!`,
    () => `${'a'.repeat(n)}@${'b.'.repeat(n)} x`,
    () => `${'a.'.repeat(n)}@${'-'.repeat(n)}.`,
    () => `x@${'-.'.repeat(n)}`,
    () => 'protocol@mfa.tj?attach=/etc/passwd',
    () => 'protocol@mfa.tj?cc=everyone@mfa.tj&body=x',
    () => 'protocol@mfa.tj%0D%0ABcc:everyone@mfa.tj',
  ])();
}

/** A person who would be taken but for the e-mail cell. */
export function craftedEmailRow(d: Dice): string[] {
  return [
    d.pick(['Lavrov', 'Аслов', 'Šefčovič']),
    d.pick(['Sergey', 'Сироджиддин']),
    d.pick(['Russia', 'Tajikistan']),
    craftedEmail(d),
    '',
    '',
  ];
}

export function csvText(header: readonly string[], body: readonly (readonly string[])[], delimiter: string): string {
  const cell = (v: string): string => (/[";,\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [header, ...body].map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

function csvFile(kind: Kind, d: Dice): Uint8Array {
  const delimiter = d.pick([',', ';']);
  const body = Array.from({ length: 1 + d.int(8) }, () => badPersonRow(d));
  const good = csvText(CSV_HEADER, body, delimiter);
  switch (kind) {
    case 'empty':
      return utf8(d.pick(['', '\r\n\r\n', ' ', '\uFEFF', ';;;\r\n', ',,,\n']));
    case 'truncated': {
      // Cut inside a quoted note that spans lines: the quotation mark is never closed.
      const last = badPersonRow(d).slice(0, 5).join(delimiter);
      const text = `${good}${last}${delimiter}"Notes on several lines\r\n${'ӣ ӯ ҳ ҷ қ ғ '.repeat(20)}\r\nend of notes"\r\n`;
      const open = text.lastIndexOf('"Notes');
      return utf8(text.slice(0, open + 2 + d.int(text.length - open - 4)));
    }
    case 'flipped': {
      // A NUL byte in a text file: what a binary file or a broken copy carries.
      const out = utf8(good);
      for (let n = 1 + d.int(3); n > 0; n--) out[d.int(out.length)] = 0;
      return out;
    }
    case 'encoding':
      return d.pick(wrongEncodings(good).slice(0, 5));
    case 'oversized':
      return d.int(2) === 0
        ? utf8(`${CSV_HEADER.join(',')}\r\n${'Lavrov,Sergey,RU,,,\r\n'.repeat(10_001 + d.int(50))}`)
        : utf8(`${Array.from({ length: 101 + d.int(100) }, (_, i) => `c${i}`).join(',')}\r\n`);
    case 'missing-keys': {
      // No column with a family name: nobody can be imported.
      const header = CSV_HEADER.slice(1).map((h) => (d.int(3) === 0 ? `${h} ${d.int(9)}` : h));
      return utf8(
        csvText(
          header,
          body.map((r) => r.slice(1)),
          delimiter,
        ),
      );
    }
    case 'wrong-types':
      return utf8(good);
    case 'proto': {
      const names = ['__proto__', 'constructor', 'prototype', 'toString'];
      const header = d.int(2) === 0 ? names : [...CSV_HEADER, ...names];
      return utf8(
        csvText(
          header,
          body.map((r) => [...r, '{"polluted":true}', 'x', 'y', 'z'].slice(0, header.length)),
          delimiter,
        ),
      );
    }
    case 'email':
      return utf8(
        csvText(
          CSV_HEADER,
          Array.from({ length: 1 + d.int(3) }, () => craftedEmailRow(d)),
          delimiter,
        ),
      );
    case 'duplicate-keys':
    case 'deep':
    case 'bomb':
    case 'many-events':
      throw new Error(`no ${kind} kind for CSV (see the file comment)`);
  }
}

export const CSV_KINDS: readonly Kind[] = [...BYTE_KINDS, 'missing-keys', 'wrong-types', 'wrong-types', 'proto', 'email'];

export function* csvCorpus(count: number, seed = 20150603): Generator<BadFile> {
  const d = dice(seed);
  for (const [i, kind] of plan(CSV_KINDS, count).entries()) yield named('csv', i, kind, 'csv', csvFile(kind, d));
}
