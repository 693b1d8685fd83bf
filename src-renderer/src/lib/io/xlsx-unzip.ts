// Unpacks the parts of a workbook that the reader needs, counting the bytes that really come
// out of the decompressor, never the sizes the archive declares: a zip bomb declares a small
// size and inflates to gigabytes. The archive is fed to fflate's streaming unzip in small
// chunks, so no single step can inflate more than about a thousand times its chunk (the most
// deflate can expand) before the counts are checked again. Three limits: each part may inflate
// to at most a hundred times the archive bytes it came from (a bomb, whose ratio is near a
// thousand, is refused within its first megabytes), all parts together to a hundred times
// the file, and never past an absolute cap.
import { Unzip, UnzipInflate } from 'fflate';
import { ImportError } from './import-error';

export const UNZIP_LIMITS = {
  /**
   * The most all parts may unpack to. The sheet of the largest import of persons (10,000 rows
   * of a dozen fields) is about 15 MB of XML with its strings; four times that leaves room for
   * styles, wide sheets and verbose writers, and bounds the time a refusal can take.
   */
  maxUnpackedBytes: 64 * 1024 * 1024,
  /**
   * Unpacked bytes per byte of the archive. A workbook's XML packs 5 to 40 times smaller; Apache
   * POI refuses parts over 100 (its `ZipSecureFile` minimum inflate ratio of 0.01). Checked for
   * each part and for the whole file once they pass `ratioGraceBytes`, so that small files with
   * repetitive XML pass.
   */
  maxRatio: 100,
  ratioGraceBytes: 4 * 1024 * 1024,
  /** A workbook has a few dozen parts; thousands of entries are a crafted archive. */
  maxEntries: 10_000,
  /** Archive bytes fed to the decompressor at a time. */
  chunkBytes: 4 * 1024,
} as const;

export type UnzipLimits = typeof UNZIP_LIMITS;

/** What the unpacking measured, for the reliability figures. */
export interface UnzipMeasure {
  unpackedBytes: number;
}

/**
 * The parts of `bytes` (a zip archive) whose names `wanted` accepts, unpacked; the others are
 * skipped without being inflated. Throws ImportError 'too-large' when the parts together
 * inflate past the limits, and 'not-xlsx' for an archive that cannot be read.
 */
export function unzipParts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: UnzipLimits = UNZIP_LIMITS,
  measure: UnzipMeasure = { unpackedBytes: 0 },
): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const budget = Math.min(limits.maxUnpackedBytes, Math.max(limits.ratioGraceBytes, limits.maxRatio * bytes.length));
  let unpacked = 0;
  let entries = 0;
  let failure: ImportError | null = null;
  // Set from fflate's callbacks, which the compiler cannot follow.
  const failed = (): boolean => failure !== null;
  const pending = new Set<string>();
  /** Archive bytes pushed so far: what a part can have been inflated from is bounded by what was pushed since it began. */
  let pushed = 0;

  const unzip = new Unzip((file) => {
    entries++;
    if (entries > limits.maxEntries) failure ??= new ImportError('not-xlsx', undefined, 'too many entries');
    if (failure || !wanted(file.name)) return;
    if (parts.has(file.name) || pending.has(file.name)) {
      failure = new ImportError('not-xlsx', undefined, `two parts named ${file.name}`);
      return;
    }
    const chunks: Uint8Array[] = [];
    // The part's data starts after its header, in or after the chunk being pushed.
    const startedAt = pushed;
    let inflated = 0;
    pending.add(file.name);
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = new ImportError('not-xlsx', undefined, error.message);
        return;
      }
      unpacked += data.length;
      inflated += data.length;
      measure.unpackedBytes = unpacked;
      // At most this many archive bytes went into the part so far (the chunk being pushed included).
      const source = pushed + limits.chunkBytes - startedAt;
      const ratio = inflated > limits.ratioGraceBytes && inflated > limits.maxRatio * source;
      if (unpacked > budget || ratio) {
        failure = new ImportError(
          'too-large',
          undefined,
          ratio ? `${file.name} inflates over ${limits.maxRatio} times` : `unpacks past ${budget} bytes`,
        );
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) {
        pending.delete(file.name);
        parts.set(file.name, concat(chunks));
      }
    };
    try {
      file.start();
    } catch (error) {
      // An unknown compression method (LZMA, encrypted parts…).
      failure = new ImportError('not-xlsx', undefined, error instanceof Error ? error.message : 'unreadable part');
    }
  });
  unzip.register(UnzipInflate);

  try {
    for (let at = 0; at < bytes.length && !failed(); at += limits.chunkBytes) {
      const end = Math.min(at + limits.chunkBytes, bytes.length);
      pushed = at;
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    failure ??= new ImportError('not-xlsx', undefined, error instanceof Error ? error.message : 'unreadable archive');
  }
  if (failure) throw failure;
  // A part cut short by the end of the file.
  if (pending.size > 0) throw new ImportError('not-xlsx', undefined, `truncated part ${[...pending][0] ?? ''}`);
  // The streaming reader goes by the entries' own headers; an archive cut after its last
  // part still lacks the directory at its end, which every zip writer puts there.
  const announced = directoryEntries(bytes);
  if (announced !== ZIP64 && announced !== entries) throw new ImportError('not-xlsx', undefined, 'no central directory for every entry');
  return parts;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64 = -2;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * The number of entries the archive's end-of-central-directory record announces (APPNOTE.TXT
 * 4.3.16), or -1 when there is no such record ending the file, or its directory does not lie
 * just before it; ZIP64 for an archive whose counts live in a ZIP64 record (taken at its word).
 */
function directoryEntries(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The record is 22 bytes and may end with a comment of up to 65,535 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY || at + 22 + view.getUint16(at + 20, true) !== bytes.length) continue;
    const count = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    if (count === 0xffff || offset === 0xffffffff) return ZIP64;
    if (count === 0) return offset === at ? 0 : -1;
    return offset + size === at && view.getUint32(offset, true) === DIRECTORY_ENTRY ? count : -1;
  }
  return -1;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
