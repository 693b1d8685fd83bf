// Zip bombs dressed as workbooks, for the XLSX corpus and the reader's tests: parts whose
// deflate stream inflates a thousand times over, written by hand so that the archive can lie
// about the sizes (or tell them, or leave them to a data descriptor). A deflate stream of any
// length is built from one compressed block repeated: each block ends with a full flush
// (byte-aligned, the window reset), and an empty final block closes the stream.
// Node only (node:zlib): the corpus is generated in Node for both halves of the suite.
import { constants, deflateRawSync } from 'node:zlib';

const MiB = 1024 * 1024;

export type BombFiller = 'spaces' | 'rows';

const FILLERS: Record<BombFiller, string> = { spaces: ' ', rows: '<row/>' };

const blocks = new Map<BombFiller, Uint8Array>();

/** 1 MiB of the filler, deflated and flushed: about a kilobyte. */
function block(filler: BombFiller): Uint8Array {
  let out = blocks.get(filler);
  if (!out) {
    const unit = FILLERS[filler];
    out = deflateRawSync(Buffer.from(unit.repeat(Math.floor(MiB / unit.length))), {
      level: 9,
      finishFlush: constants.Z_FULL_FLUSH,
    });
    blocks.set(filler, out);
  }
  return out;
}

export interface DeflatedPart {
  /** Raw deflate bytes. */
  data: Uint8Array;
  /** What they inflate to. */
  size: number;
}

/** A part that inflates to `head`, then about `megabytes` MiB of the filler, then `tail`. */
export function bombPart(megabytes: number, filler: BombFiller, head = '', tail = ''): DeflatedPart {
  const repeat = block(filler);
  const copies = Math.max(1, Math.round(megabytes));
  const opening = deflateRawSync(Buffer.from(head), { finishFlush: constants.Z_FULL_FLUSH });
  const closing = deflateRawSync(Buffer.from(tail));
  const data = new Uint8Array(opening.length + repeat.length * copies + closing.length);
  data.set(opening, 0);
  for (let i = 0; i < copies; i++) data.set(repeat, opening.length + i * repeat.length);
  data.set(closing, opening.length + copies * repeat.length);
  const unit = FILLERS[filler];
  return { data, size: Buffer.byteLength(head) + copies * Math.floor(MiB / unit.length) * unit.length + Buffer.byteLength(tail) };
}

export function plainPart(text: string): DeflatedPart {
  const bytes = Buffer.from(text);
  return { data: deflateRawSync(bytes), size: bytes.length };
}

/** How an entry states its sizes: falsely small, truly (as far as 32 bits go), or after its data. */
export type SizeClaim = 'lie' | 'truth' | 'descriptor';

export interface BombEntry {
  name: string;
  part: DeflatedPart;
  claim?: SizeClaim;
}

const u16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** A zip archive of deflated entries (CRCs left at 0: the sizes are the point). */
export function zipOf(entries: readonly BombEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const directory: number[] = [];
  let offset = 0;
  for (const { name, part, claim = 'lie' } of entries) {
    const nameBytes = Buffer.from(name);
    const declared = claim === 'lie' ? Math.min(part.size, 1_000) : Math.min(part.size, 0xfffffffe);
    const descriptor = claim === 'descriptor';
    const flags = descriptor ? 0x0808 : 0x0800;
    const local = [
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(flags),
      ...u16(8),
      ...u16(0),
      ...u16(0x21),
      ...u32(0),
      ...u32(descriptor ? 0 : part.data.length),
      ...u32(descriptor ? 0 : declared),
      ...u16(nameBytes.length),
      ...u16(0),
    ];
    chunks.push(Uint8Array.from(local), nameBytes, part.data);
    const trailer = descriptor ? [...u32(0x08074b50), ...u32(0), ...u32(part.data.length), ...u32(declared)] : [];
    if (trailer.length) chunks.push(Uint8Array.from(trailer));
    directory.push(
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(flags),
      ...u16(8),
      ...u16(0),
      ...u16(0x21),
      ...u32(0),
      ...u32(part.data.length),
      ...u32(declared),
      ...u16(nameBytes.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...nameBytes,
    );
    offset += local.length + nameBytes.length + part.data.length + trailer.length;
  }
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(directory.length),
    ...u32(offset),
    ...u16(0),
  ];
  chunks.push(Uint8Array.from(directory), Uint8Array.from(end));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** The parts a workbook needs around its first sheet, so that only the bomb is wrong with it. */
function workbookParts(sharedStrings: DeflatedPart, claim: SizeClaim = 'truth'): BombEntry[] {
  return [
    {
      name: 'xl/workbook.xml',
      part: plainPart(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      claim: 'truth',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      part: plainPart(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      ),
      claim: 'truth',
    },
    { name: 'xl/sharedStrings.xml', part: sharedStrings, claim },
  ];
}

const NO_STRINGS = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>';

export type BombShape = 'sheet' | 'shared-strings' | 'many-parts';

export interface Bomb {
  bytes: Uint8Array;
  /** What the parts would inflate to, all together. */
  unpackedBytes: number;
}

/**
 * A workbook whose first sheet (or its shared strings, or 40 parts together) inflates to about
 * `megabytes` MiB of valid-looking XML.
 */
export function xlsxBomb(megabytes: number, shape: BombShape = 'sheet', claim: SizeClaim = 'lie', filler: BombFiller = 'spaces'): Bomb {
  let entries: BombEntry[];
  if (shape === 'sheet') {
    entries = [
      ...workbookParts(plainPart(NO_STRINGS)),
      { name: 'xl/worksheets/sheet1.xml', part: bombPart(megabytes, filler, SHEET_HEAD, SHEET_TAIL), claim },
    ];
  } else if (shape === 'shared-strings') {
    const strings = bombPart(
      megabytes,
      'spaces',
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>',
      '</t></si></sst>',
    );
    entries = [
      ...workbookParts(strings, claim),
      { name: 'xl/worksheets/sheet1.xml', part: plainPart(`${SHEET_HEAD}${SHEET_TAIL}`), claim: 'truth' },
    ];
  } else {
    const each = Math.max(1, Math.round(megabytes / 40));
    entries = [
      ...workbookParts(plainPart(NO_STRINGS)),
      { name: 'xl/worksheets/sheet1.xml', part: plainPart(`${SHEET_HEAD}${SHEET_TAIL}`), claim: 'truth' },
      ...Array.from({ length: 40 }, (_, i) => ({
        name: `xl/worksheets/sheet${i + 2}.xml`,
        part: bombPart(each, filler, SHEET_HEAD, SHEET_TAIL),
        claim,
      })),
    ];
  }
  return { bytes: zipOf(entries), unpackedBytes: entries.reduce((n, e) => n + e.part.size, 0) };
}

/** The bomb of the given kind that inflates furthest while its file stays within `maxBytes`. */
export function largestXlsxBomb(maxBytes: number, shape: BombShape, claim: SizeClaim, filler: BombFiller): Bomb {
  const probe = xlsxBomb(100, shape, claim, filler);
  // The file grows by one deflated megabyte block per MiB of filler.
  const perMegabyte = (probe.bytes.length - xlsxBomb(50, shape, claim, filler).bytes.length) / 50;
  let megabytes = Math.floor(100 + (maxBytes - probe.bytes.length) / perMegabyte);
  let bomb = xlsxBomb(megabytes, shape, claim, filler);
  while (bomb.bytes.length > maxBytes) bomb = xlsxBomb((megabytes -= 10), shape, claim, filler);
  return bomb;
}
