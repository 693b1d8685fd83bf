// The bytes of a calendar file as iCalendar text, as real files arrive: UTF-8 with or without
// a byte-order mark, or an 8-bit Windows code page (Outlook and older Exchange write
// windows-1252 or windows-1251, some with CHARSET=, most without); LF or CR line ends, blank
// lines between components, lines folded with a tab. RFC 5545 §3.1 and §3.1.4.
import { ImportError } from './import-error';
import { MAX_ICS_FILE_BYTES } from './ics-shared';

/** At most this many events (VEVENT) are read from one file; a larger file is refused with its count. */
export const MAX_ICS_EVENTS = 10_000;

/** A CHARSET the file names for itself (a parameter on any of its lines), if the browser knows it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  // The parameter name and value are ASCII in every 8-bit code page: read the bytes as Latin-1.
  const head = new TextDecoder('latin1').decode(bytes);
  const named = /;CHARSET=("?)([A-Za-z0-9_.:-]{1,40})\1[;:]/i.exec(head)?.[2];
  if (!named) return undefined;
  try {
    return new TextDecoder(named).encoding;
  } catch {
    return undefined;
  }
}

/**
 * windows-1251 or windows-1252 when the file does not say: Russian text in 1251 is runs of
 * letters in 0xC0–0xFF; Western text in 1252 has an accented letter here and there between ASCII
 * ones. Three high bytes in a row anywhere means Cyrillic.
 */
function guessCodePage(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  let run = 0;
  for (const byte of bytes) {
    run = byte >= 0xc0 ? run + 1 : 0;
    if (run >= 3) return 'windows-1251';
  }
  return 'windows-1252';
}

export function icsText(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new ImportError('empty');
  if (bytes.byteLength > MAX_ICS_FILE_BYTES) throw new ImportError('too-large', undefined, `${bytes.byteLength} bytes`);
  // UTF-16 and UTF-32 put NUL bytes between ASCII letters; no iCalendar text holds one.
  if (bytes.includes(0)) throw new ImportError('encoding', undefined, 'NUL bytes: UTF-16 or UTF-32, not UTF-8');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder(declaredCharset(bytes) ?? guessCodePage(bytes)).decode(bytes);
  }
  if (!text.trim()) throw new ImportError('empty');
  const lines = normalizeLines(text);
  if (!lines) throw new ImportError('not-icalendar', 1, 'no iCalendar line in the file');
  return lines;
}

// `DTSTART;VALUE=DATE:20110804T120000`: a date that carries a time (some feeds write it); the
// time is what the writer meant, so the line is read as a DATE-TIME.
const DATE_WITH_TIME = /^((?:DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)[^:]*?);VALUE=DATE((?:;[^:]*)?:\d{8}T\d{6}Z?)$/i;

/**
 * CRLF line ends; no blank lines (some writers leave them between components); no line that
 * is neither a content line (`NAME…:value`) nor a folded continuation (a leading space or tab),
 * which no reader could take (`SUMMARY=testevent`).
 */
function normalizeLines(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  const folded = (line: string | undefined): boolean => line !== undefined && /^[ \t]/.test(line);
  return lines
    .filter((line, i) => line.includes(':') || folded(line) || folded(lines[i + 1]))
    .map((line) => (line.length < 200 ? line.replace(DATE_WITH_TIME, '$1$2') : line))
    .join('\r\n');
}

/** How many events the text holds, counted before anything is parsed (names are case-insensitive, §3.1). */
export function countEvents(text: string): number {
  let count = 0;
  const begin = /^BEGIN:VEVENT\r?$/gim;
  while (begin.exec(text)) count++;
  return count;
}
