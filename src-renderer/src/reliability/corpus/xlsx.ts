// The bad-input corpus (see common.ts): XLSX workbooks of persons.
import { BYTE_KINDS, type Kind, type BadFile, type Dice, dice, utf8, truncate, flip, plan, named } from './common';
import { badPersonRow, craftedEmailRow, csvText, CSV_HEADER } from './csv';
import { largestXlsxBomb, xlsxBomb, type BombFiller, type BombShape, type SizeClaim, type Bomb } from './zip-bomb';

/** The import's size limit: the largest bomb is the largest file the app would open. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A zip bomb of one of its kinds: lying, honest or streamed sizes, in the sheet, its strings or many parts. */
export function bombRelative(d: Dice): Bomb {
  const shape = d.pick<BombShape>(['sheet', 'sheet', 'shared-strings', 'many-parts']);
  const claim = d.pick<SizeClaim>(['lie', 'truth', 'descriptor']);
  const filler = d.pick<BombFiller>(['spaces', 'rows']);
  const megabytes = d.pick([12, 64, 400, 1_000, 0]);
  // 0: the largest that the import's size limit lets through.
  return megabytes === 0 ? largestXlsxBomb(MAX_IMPORT_BYTES, shape, claim, filler) : xlsxBomb(megabytes, shape, claim, filler);
}

export interface XlsxTools {
  /** Tables to a workbook (the app's own writer). */
  write: (header: string[], rows: string[][]) => Promise<Uint8Array>;
  /** Rewrites the first sheet's XML inside a workbook. */
  rewriteSheet: (bytes: Uint8Array, change: (xml: string) => string) => Promise<Uint8Array>;
}

async function xlsxFile(kind: Kind, d: Dice, tools: XlsxTools, good: Uint8Array, body: string[][]): Promise<Uint8Array> {
  switch (kind) {
    case 'empty':
      return d.pick([new Uint8Array(), utf8('PK'), Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])]);
    case 'truncated':
      return truncate(good, d);
    case 'flipped':
      return flip(good, d);
    case 'encoding':
      // Not a workbook at all: a CSV or a legacy .xls (OLE2) under an .xlsx name.
      return d.pick([
        utf8(csvText(CSV_HEADER, body, ';')),
        Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...good.slice(8, 200)]),
      ]);
    case 'oversized':
      return d.int(2) === 0
        ? tools.write(
            CSV_HEADER,
            Array.from({ length: 10_001 }, () => ['Lavrov', 'Sergey']),
          )
        : tools.write(
            Array.from({ length: 101 }, (_, i) => `c${i}`),
            [['x']],
          );
    case 'missing-keys':
      return tools.write(
        CSV_HEADER.slice(1),
        body.map((r) => r.slice(1)),
      );
    case 'wrong-types':
      return good;
    case 'proto':
      return tools.write(
        [...CSV_HEADER, '__proto__', 'constructor', 'prototype'],
        body.map((r) => [...r, '{"polluted":true}', 'x', 'y']),
      );
    case 'deep': {
      const depth = d.pick([100, 5_000, 50_000]);
      return tools.rewriteSheet(good, (xml) => xml.replace('<sheetData>', `<sheetData>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`));
    }
    case 'email':
      return tools.write(
        CSV_HEADER,
        Array.from({ length: 1 + d.int(3) }, () => craftedEmailRow(d)),
      );
    case 'bomb':
    case 'duplicate-keys':
    case 'many-events':
      throw new Error(`no ${kind} file from here (bombs: see xlsxCorpus; duplicate keys: see the file comment)`);
  }
}

export const XLSX_KINDS: readonly Kind[] = [...BYTE_KINDS, 'missing-keys', 'wrong-types', 'proto', 'deep', 'email', 'bomb'];

export async function* xlsxCorpus(count: number, tools: XlsxTools, seed = 20150915): AsyncGenerator<BadFile> {
  const d = dice(seed);
  // A few base workbooks, every row bad twice over; each file damages one of them.
  const bodies = Array.from({ length: 8 }, () => Array.from({ length: 1 + d.int(6) }, () => badPersonRow(d)));
  const bases = await Promise.all(bodies.map((b) => tools.write(CSV_HEADER, b)));
  for (const [i, kind] of plan(XLSX_KINDS, count).entries()) {
    // Workbooks of 10,001 rows take a while to write: a few are enough.
    const actual = kind === 'oversized' && i > XLSX_KINDS.length * 4 ? 'truncated' : kind;
    if (actual === 'bomb') {
      const bomb = bombRelative(d);
      yield { ...named('xlsx', i, actual, 'xlsx', bomb.bytes), unpacks: bomb.unpackedBytes };
      continue;
    }
    const which = d.int(bases.length);
    yield named('xlsx', i, actual, 'xlsx', await xlsxFile(actual, d, tools, bases[which] ?? new Uint8Array(), bodies[which] ?? []));
  }
}
