// RFC 5545 content lines: TEXT escaping (§3.3.11), parameter quoting (§3.2, with RFC 6868
// caret encoding), and folding at 75 octets without splitting a UTF-8 character (§3.1).
// Written here because ical-generator folds by encoding every character separately
// (TextEncoder per character): 2.4 s for 5,000 sessions, against 25 ms for this writer.

/**
 * A value written into a content line must not break it: a CR or LF would end the line and let
 * what follows be read as a property of its own (a forged ATTACH, or a whole VEVENT). TEXT
 * values escape their line breaks (§3.3.11); every other value, and any parameter, that holds a
 * control character is refused.
 */
export class IcsUnsafeValueError extends Error {
  override readonly name = 'IcsUnsafeValueError';
  constructor(readonly property: string) {
    super(`ics: the value of ${property} holds a line break or another control character`);
  }
}

// C0 controls and DEL; TEXT keeps a tab (RFC 5545 TSAFE-CHAR allows WSP). Matching control
// characters is the point of these two expressions.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_BREAKS_AND_TAB = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function escapeText(value: string): string {
  return value
    .replace(CONTROL_BUT_BREAKS_AND_TAB, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value: DQUOTE-quoted when it holds `:`, `;` or `,`; RFC 6868 for ^, " and, in a
 * name (CN), line breaks. Any other parameter (an address in DELEGATED-FROM, an enumeration)
 * that holds a control character is refused.
 */
export function paramValue(value: string, key = 'CN', property = key): string {
  if (key !== 'CN' && CONTROL.test(value)) throw new IcsUnsafeValueError(property);
  const encoded = value
    .replace(CONTROL_BUT_BREAKS_AND_TAB, '')
    .replace(/\t/g, ' ')
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n');
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

const NON_ASCII = /[^\p{ASCII}]/u;

/** Folds one content line: CRLF + space before any character that would pass 75 octets. */
export function fold(line: string): string {
  if (!NON_ASCII.test(line)) {
    if (line.length <= 75) return line;
    // ASCII: one octet a character; continuation lines hold 74 after their leading space.
    const parts = [line.slice(0, 75)];
    for (let at = 75; at < line.length; at += 74) parts.push(line.slice(at, at + 74));
    return parts.join('\r\n ');
  }
  const parts: string[] = [];
  let start = 0;
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // A surrogate pair is one 4-octet character: never split it.
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (width + size > 75) {
      parts.push(line.slice(start, i));
      start = i;
      width = 1; // the continuation line's leading space
    }
    width += size;
    if (pair) i++;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

export type Params = Record<string, string | undefined>;

export class IcsLines {
  #lines: string[] = [];

  begin(component: string): this {
    this.#lines.push(`BEGIN:${component}`);
    return this;
  }

  end(component: string): this {
    this.#lines.push(`END:${component}`);
    return this;
  }

  /** A property whose value is already in its RFC 5545 form (dates, enumerations, URIs): refused if it holds a control character. */
  raw(name: string, value: string, params?: Params): this {
    if (CONTROL.test(value)) throw new IcsUnsafeValueError(name);
    if (!params) {
      this.#lines.push(`${name}:${value}`);
      return this;
    }
    const attributes = Object.entries(params)
      .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
      .map(([key, v]) => `;${key}=${paramValue(v, key, `${name};${key}`)}`)
      .join('');
    this.#lines.push(`${name}${attributes}:${value}`);
    return this;
  }

  /** A TEXT property, escaped. */
  text(name: string, value: string, params?: Params): this {
    return this.raw(name, escapeText(value), params);
  }

  /** A property holding a list of TEXT values (CATEGORIES), each escaped. */
  textList(name: string, values: readonly string[], params?: Params): this {
    return this.raw(name, values.map(escapeText).join(','), params);
  }

  toString(): string {
    return `${this.#lines.map(fold).join('\r\n')}\r\n`;
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `20150402T050000Z` */
export function utcStamp(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** A venue wall time `2015-04-02T10:00` as `20150402T100000` (to go with a TZID). */
export function localStamp(wall: string): string {
  return `${wall.slice(0, 4)}${wall.slice(5, 7)}${wall.slice(8, 10)}T${wall.slice(11, 13)}${wall.slice(14, 16)}00`;
}

/** A date `2015-04-02` as `20150402` (VALUE=DATE). */
export function dateStamp(date: string): string {
  return date.slice(0, 10).replaceAll('-', '');
}
