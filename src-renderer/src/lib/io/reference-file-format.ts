// Chairdesk's reference-data file: one organization's own set-up (the organization, its states
// and organizations, bodies, people, seats and Action Plan themes) in one JSON file, so that a
// secretariat can hand it to the next chairing state's staff. Like a backup (../backup/io/file-format.ts)
// it names its format and version and the schema version, counts its rows, and carries a
// SHA-256 of its canonical form; unlike a backup it holds one organization and nothing of any
// year (no chairmanship, session or Action Plan). The same set travels as an XLSX workbook
// (./reference-xlsx.ts) for people who prepare lists in Excel. Pure.
import type { Appointment, Body, Organization, Party, Person, Row, Theme } from '../domain/types';

export const REFERENCE_FORMAT = 'chairdesk-reference';
export const REFERENCE_FORMAT_VERSION = 1;
/** `sco-2026-01-15.chairdesk-reference.json` */
export const REFERENCE_EXTENSION = 'chairdesk-reference.json';
/** Schema versions whose rows a reference file may hold (version 2 gave reference data its organization). */
export const REFERENCE_SCHEMA_MIN = 2;

/** The tables of a reference file, in the order the file lists them. */
export const REFERENCE_TABLES = ['organizations', 'parties', 'bodies', 'persons', 'appointments', 'themes'] as const;
export type ReferenceTable = (typeof REFERENCE_TABLES)[number];

/**
 * A reference set of 2,000 people with their seats is about 2 MB; more than this is no set-up.
 * The open dialog's limit for the kind `reference` is the same (platform/file-kinds.test.ts).
 */
export const MAX_REFERENCE_BYTES = 32 * 1024 * 1024;
/** Deeper nesting than any reference row has (a body's seat titles: 5) is a crafted file. */
export const MAX_REFERENCE_DEPTH = 16;

/** One organization's reference data, as stored rows. */
export interface ReferenceSet {
  organization: Organization;
  parties: Party[];
  bodies: Body[];
  persons: Person[];
  appointments: Appointment[];
  themes: Theme[];
}

/** A row as a file carries it: any object, until its table's schema has checked it. */
export type ReferenceRows = Record<ReferenceTable, readonly object[]>;

export interface ReferenceFileMeta {
  format: typeof REFERENCE_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  /** ISO instant (UTC). */
  createdAt: string;
  counts: Record<ReferenceTable, number>;
  /** Lower-case hex SHA-256 of the canonical file with this field empty. */
  sha256: string;
}

export interface ReferenceFile extends ReferenceFileMeta {
  tables: ReferenceRows;
}

/** A value for every table of a reference file. */
export function perReferenceTable<T>(value: (table: ReferenceTable) => T): Record<ReferenceTable, T> {
  // fromEntries cannot know that the keys are exactly REFERENCE_TABLES; the map makes them so.
  return Object.fromEntries(REFERENCE_TABLES.map((t) => [t, value(t)])) as Record<ReferenceTable, T>;
}

/** The rows of a set, table by table (the organization as a table of one). */
export function rowsOfSet(set: ReferenceSet): Record<ReferenceTable, readonly (Row & { organizationId?: string })[]> {
  return {
    organizations: [set.organization],
    parties: set.parties,
    bodies: set.bodies,
    persons: set.persons,
    appointments: set.appointments,
    themes: set.themes,
  } satisfies Record<ReferenceTable, readonly { id: string }[]>;
}

export const countSet = (set: ReferenceSet): Record<ReferenceTable, number> => {
  const rows = rowsOfSet(set);
  return perReferenceTable((t) => rows[t].length);
};

/**
 * What is wrong with one row of a file, and where: the table (or sheet) and row, the field
 * (a path such as `names.en.family` in the JSON file; the column in a workbook).
 */
export interface ReferenceIssue {
  table: ReferenceTable;
  /**
   * 1-based. JSON: the row's place in its table. XLSX: the sheet's row as a spreadsheet numbers
   * it (the header is row 1); with `sheet` set, the row of that sheet (a body's members and
   * former names have sheets of their own).
   */
  row: number;
  /** The field in error: a path of the row (`seats.2.partyId`), or for a workbook the column's key. */
  field?: string;
  /** XLSX: the sheet as named in the file, and the column's letter and header. */
  sheet?: string;
  column?: string;
  header?: string;
  code: ReferenceIssueCode;
  /** The value in error, as the file has it (cut short). */
  value?: string;
}

export type ReferenceIssueCode =
  | 'invalid'
  | 'required'
  | 'too-long'
  | 'duplicate-id'
  | 'duplicate-name'
  | 'unknown-reference'
  | 'ambiguous-reference'
  | 'other-organization'
  | 'end-before-start'
  | 'overlap'
  | 'unknown-zone'
  | 'not-a-member'
  | 'duplicate-seat'
  | 'no-member'
  | 'email-invalid'
  | 'phone-invalid'
  | 'unknown-value'
  | 'unknown-column'
  | 'duplicate-column'
  | 'missing-sheet'
  | 'one-organization';

/** Why a reference file was refused as a whole; `invalid-rows` lists what is wrong where. */
export type ReferenceFileErrorCode =
  | 'empty'
  | 'too-large'
  | 'encoding'
  | 'truncated'
  | 'malformed'
  | 'forbidden-key'
  | 'too-deep'
  | 'not-reference'
  | 'newer-format'
  | 'newer-schema'
  | 'checksum'
  | 'not-canonical'
  | 'counts'
  | 'not-xlsx'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'invalid-rows'
  | 'timeout'
  | 'changed-meanwhile';

export class ReferenceFileError extends Error {
  override readonly name = 'ReferenceFileError';
  constructor(
    readonly code: ReferenceFileErrorCode,
    /** With `invalid-rows`: every row in error, in file order. */
    readonly issues: readonly ReferenceIssue[] = [],
    /** For the log: a byte count, a count mismatch. */
    readonly detail?: string,
  ) {
    super(`reference file: ${code}${detail ? ` (${detail})` : ''}${issues.length ? ` ${issues.length} issues` : ''}`);
  }
}

/** The longest value an issue quotes. */
const QUOTED = 60;

/** A value as an issue quotes it: text as it is, anything else as JSON, cut short. */
export function quoted(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const json: unknown = typeof value === 'string' ? value : JSON.stringify(value);
  const text = typeof json === 'string' ? json : '';
  return text.length > QUOTED ? `${text.slice(0, QUOTED - 1)}…` : text;
}
