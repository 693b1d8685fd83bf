// A reference-data workbook (./reference-xlsx-columns.ts) read back into a reference set:
// sheets and headers recognised in either language, each cell read by its column's type
// (dates, yes/no, kinds and levels in either language or as stored, states, bodies and people
// named by id or by name), rows without an id given a new one, rows stamped `now`. Everything
// wrong is collected with its sheet, row and column, then the set's own rules
// (./reference-file-rules.ts) are checked and their issues placed on the cell they are about.
// Nothing is written here. Pure.
import type { Appointment, Body, BodySeat, FormerName, Organization, Party, Person, ProtocolOrderRule, Text, Theme } from '../domain/types';
import { isIsoDate } from '../domain/time';
import { ROW_SCHEMAS } from '../backup/io/row-schemas';
import { unguardCell } from './cell-guard';
import { columnLetter } from './persons-import';
import {
  quoted,
  REFERENCE_TABLES,
  ReferenceFileError,
  rowsOfSet,
  type ReferenceIssue,
  type ReferenceSet,
  type ReferenceTable,
} from './reference-file-format';
import { checkReferenceSet, valueAt } from './reference-file-rules';
import {
  COLUMNS,
  SHEET_TABLE,
  SHEETS,
  VALUES,
  type Column,
  type ColumnKey,
  type ReferenceXlsxLabels,
  type SheetKey,
  type ValuesKey,
} from './reference-xlsx-columns';
import { bodyNames, foldName, partyNames, personNames, resolveName } from './reference-xlsx-names';
import type { XlsxSheetTable } from './xlsx-read';

export interface WorkbookReadOptions {
  labels: ReferenceXlsxLabels;
  now: Date;
  newId: () => string;
}

/** Where a sheet's row came from, to place an issue found later on its cell. */
interface Place {
  sheet: SheetKey;
  name: string;
  row: number;
  columns: Map<ColumnKey, number>;
  header: string[];
}

/** A sheet's cells by column key. */
class Cells {
  constructor(
    private readonly place: Place,
    private readonly cells: string[],
    private readonly issues: ReferenceIssue[],
    private readonly labels: ReferenceXlsxLabels,
  ) {}

  issue(key: ColumnKey, code: ReferenceIssue['code'], value = this.raw(key)): void {
    const column = this.place.columns.get(key);
    this.issues.push({
      table: SHEET_TABLE[this.place.sheet],
      sheet: this.place.name,
      row: this.place.row,
      field: key,
      ...(column === undefined ? {} : { column: columnLetter(column), header: this.place.header[column] ?? '' }),
      code,
      ...(value ? { value: quoted(value) } : {}),
    });
  }

  raw(key: ColumnKey): string {
    const column = this.place.columns.get(key);
    return column === undefined ? '' : unguardCell((this.cells[column] ?? '').trim());
  }

  text(key: ColumnKey): string | undefined {
    return this.raw(key) || undefined;
  }

  bilingual(prefix: string): Text {
    return { en: this.raw(`${prefix}En` as ColumnKey), ru: this.raw(`${prefix}Ru` as ColumnKey) };
  }

  optionalText(prefix: string): Text | undefined {
    const t = this.bilingual(prefix);
    return t.en || t.ru ? t : undefined;
  }

  date(key: ColumnKey): string | undefined {
    const value = this.raw(key);
    if (!value) return undefined;
    // Dates typed as text the Russian way (14.06.2019) as well as ISO dates; Excel's own dates arrive as ISO.
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
    const iso = dotted ? `${dotted[3]}-${dotted[2]?.padStart(2, '0')}-${dotted[1]?.padStart(2, '0')}` : value;
    if (isIsoDate(iso)) return iso;
    this.issue(key, 'invalid');
    return undefined;
  }

  integer(key: ColumnKey): number | undefined {
    const value = this.raw(key);
    if (!value) return undefined;
    if (/^\d{1,4}$/.test(value)) return Number(value);
    this.issue(key, 'invalid');
    return undefined;
  }

  yesNo(key: ColumnKey): true | undefined {
    const value = foldName(this.raw(key));
    if (!value) return undefined;
    const yes = [this.labels.yes.en, this.labels.yes.ru, 'true', '1', 'x'].map(foldName);
    const no = [this.labels.no.en, this.labels.no.ru, 'false', '0'].map(foldName);
    if (yes.includes(value)) return true;
    if (!no.includes(value)) this.issue(key, 'unknown-value');
    return undefined;
  }

  values<K extends ValuesKey>(key: ColumnKey, which: K, fallback?: (typeof VALUES)[K][number]): (typeof VALUES)[K][number] | undefined {
    const value = foldName(this.raw(key));
    if (!value) {
      if (!fallback) this.issue(key, 'required');
      return fallback;
    }
    const labels: Record<string, Text> = this.labels.values[which];
    const found = VALUES[which].find(
      (v) => foldName(v) === value || [labels[v]?.en ?? '', labels[v]?.ru ?? ''].map(foldName).includes(value),
    );
    if (found === undefined) this.issue(key, 'unknown-value');
    return found;
  }

  /** A row of another sheet named by this cell; `required` when the row cannot be without it. */
  ref<T extends { id: string }>(key: ColumnKey, rows: readonly T[], names: (row: T) => string[], required: boolean): string | undefined {
    const value = this.raw(key);
    if (!value) {
      if (required) this.issue(key, 'required');
      return undefined;
    }
    const found = resolveName(value, rows, names);
    if ('id' in found) return found.id;
    this.issue(key, found.problem);
    return undefined;
  }
}

interface Sheet {
  key: SheetKey;
  place: (row: number) => Place;
  rows: { row: number; cells: string[] }[];
}

function findSheets(tables: readonly XlsxSheetTable[], labels: ReferenceXlsxLabels, issues: ReferenceIssue[]): Map<SheetKey, Sheet> {
  const found = new Map<SheetKey, Sheet>();
  for (const table of tables) {
    const name = foldName(table.name);
    const key = SHEETS.find((s) => [s, labels.sheets[s].en, labels.sheets[s].ru].some((n) => foldName(n) === name));
    if (!key || found.has(key)) {
      // A sheet of notes is the user's own; a sheet of rows this reader cannot place would be lost silently.
      if (table.rows.length) issues.push({ table: 'organizations', sheet: table.name, row: 1, code: 'missing-sheet' });
      continue;
    }
    const columns = new Map<ColumnKey, number>();
    table.header.forEach((header, index) => {
      if (!header.trim()) return;
      const wanted = foldName(header);
      const column = COLUMNS[key].find((c) =>
        [c.key, labels.columns[c.key].en, labels.columns[c.key].ru].some((n) => foldName(n) === wanted),
      );
      const problem = !column ? 'unknown-column' : columns.has(column.key) ? 'duplicate-column' : null;
      if (problem) issues.push({ table: SHEET_TABLE[key], sheet: table.name, row: 1, column: columnLetter(index), header, code: problem });
      else if (column) columns.set(column.key, index);
    });
    found.set(key, {
      key,
      place: (row) => ({ sheet: key, name: table.name, row, columns, header: table.header }),
      rows: table.rows,
    });
  }
  if (!found.has('organization'))
    issues.push({ table: 'organizations', sheet: labels.sheets.organization.en, row: 1, code: 'missing-sheet' });
  return found;
}

/** Where each row of the set and each part of a body came from. */
interface Origins {
  rows: Record<ReferenceTable, Place[]>;
  seats: Place[][];
  formerNames: Place[][];
}

function protocolOrder(value: (typeof VALUES.protocolOrder)[number] | undefined, startPartyId: string | undefined): ProtocolOrderRule {
  if (value === 'fixed') return { kind: 'fixed' };
  return { kind: 'alphabetical', language: value === 'alphabetical-en' ? 'en' : 'ru', ...(startPartyId ? { startPartyId } : {}) };
}

/** Drops keys whose value is undefined (IndexedDB would keep them; the schemas and the hash leave them out). */
function tidy<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}

export interface ReadWorkbook {
  set: ReferenceSet;
  /** An issue found later on the set (by table, row and field) placed on its sheet, row and column. */
  locate: (issue: ReferenceIssue) => ReferenceIssue;
}

export function readReferenceWorkbook(tables: readonly XlsxSheetTable[], options: WorkbookReadOptions): ReadWorkbook {
  const { labels, now, newId } = options;
  const issues: ReferenceIssue[] = [];
  const sheets = findSheets(tables, labels, issues);
  const at = now.toISOString();
  const meta = { createdAt: at, updatedAt: at, rev: 1 };
  const origins: Origins = {
    rows: { organizations: [], parties: [], bodies: [], persons: [], appointments: [], themes: [] },
    seats: [],
    formerNames: [],
  };
  const each = (key: SheetKey, read: (cells: Cells, place: Place) => void): void => {
    const sheet = sheets.get(key);
    for (const { row, cells } of sheet?.rows ?? []) {
      const place = sheet?.place(row);
      if (place) read(new Cells(place, cells, issues, labels), place);
    }
  };
  const id = (cells: Cells): string => cells.raw('id') || newId();

  const orgRows: { cells: Cells; place: Place }[] = [];
  each('organization', (cells, place) => orgRows.push({ cells, place }));
  const first = orgRows[0];
  for (const extra of orgRows.slice(1)) extra.cells.issue('id', 'one-organization');
  if (!first && sheets.has('organization'))
    issues.push({ table: 'organizations', sheet: sheets.get('organization')?.place(2).name, row: 2, code: 'one-organization' });
  const organizationId = first ? id(first.cells) : newId();
  const owned = { ...meta, organizationId };
  if (first) origins.rows.organizations.push(first.place);

  const parties: Party[] = [];
  each('parties', (cells, place) => {
    origins.rows.parties.push(place);
    parties.push(
      tidy({
        ...owned,
        id: id(cells),
        kind: cells.values('kind', 'kind', 'member') ?? 'member',
        short: cells.bilingual('short'),
        name: cells.bilingual('name'),
        iso2: cells.text('iso2'),
        capital: cells.optionalText('capital'),
        timeZone: cells.text('timeZone'),
        memberSince: cells.date('memberSince'),
        memberUntil: cells.date('memberUntil'),
        position: parties.length,
        retired: cells.yesNo('retired'),
      }),
    );
  });

  const bodies: Body[] = [];
  each('bodies', (cells, place) => {
    origins.rows.bodies.push(place);
    origins.seats.push([]);
    origins.formerNames.push([]);
    const decisionRule = cells.values('decisionRule', 'decisionRule', 'consensus') ?? 'consensus';
    bodies.push(
      tidy({
        ...owned,
        id: id(cells),
        acronym: cells.bilingual('acronym'),
        name: cells.bilingual('name'),
        level: cells.values('level', 'level') ?? 'experts',
        seatTitle: cells.bilingual('seatTitle'),
        seats: [] as BodySeat[],
        decisionRule,
        quorum: decisionRule === 'quorum' ? cells.integer('quorum') : undefined,
        chairPartyId: cells.ref('chairState', parties, partyNames, false),
        position: bodies.length,
        retired: cells.yesNo('retired'),
      }),
    );
  });
  each('bodySeats', (cells, place) => {
    const bodyId = cells.ref('body', bodies, bodyNames, true);
    const partyId = cells.ref('state', parties, partyNames, true);
    const index = bodies.findIndex((b) => b.id === bodyId);
    const body = bodies[index];
    if (!body || !partyId) return;
    body.seats.push(tidy({ partyId, from: cells.date('from'), to: cells.date('to'), title: cells.optionalText('title') }));
    origins.seats[index]?.push(place);
  });
  each('formerNames', (cells, place) => {
    const bodyId = cells.ref('body', bodies, bodyNames, true);
    const until = cells.date('until');
    if (!until && !cells.raw('until')) cells.issue('until', 'required');
    const index = bodies.findIndex((b) => b.id === bodyId);
    const body = bodies[index];
    if (!body || !until) return;
    const former: FormerName = { until, name: cells.bilingual('name'), acronym: cells.bilingual('acronym') };
    body.formerNames = [...(body.formerNames ?? []), former];
    origins.formerNames[index]?.push(place);
  });

  const persons: Person[] = [];
  each('persons', (cells, place) => {
    origins.rows.persons.push(place);
    persons.push(
      tidy({
        ...owned,
        id: id(cells),
        names: {
          en: { given: cells.raw('givenEn'), family: cells.raw('familyEn') },
          ru: { given: cells.raw('givenRu'), family: cells.raw('familyRu') },
        },
        honorific: { en: cells.raw('honorificEn'), ru: cells.raw('honorificRu') },
        partyId: cells.ref('state', parties, partyNames, false),
        position: cells.optionalText('position'),
        email: cells.text('email'),
        phone: cells.text('phone'),
        notes: cells.text('notes'),
      }),
    );
  });

  const appointments: Appointment[] = [];
  each('appointments', (cells, place) => {
    origins.rows.appointments.push(place);
    const from = cells.date('from');
    if (!cells.raw('from')) cells.issue('from', 'required');
    appointments.push(
      tidy({
        ...owned,
        id: id(cells),
        personId: cells.ref('person', persons, personNames, true) ?? '',
        bodyId: cells.ref('body', bodies, bodyNames, true) ?? '',
        partyId: cells.ref('state', parties, partyNames, true) ?? '',
        title: cells.bilingual('title'),
        from: from ?? '',
        to: cells.date('to'),
        acting: cells.yesNo('acting'),
      }),
    );
  });

  const themes: Theme[] = [];
  each('themes', (cells, place) => {
    origins.rows.themes.push(place);
    themes.push(tidy({ ...owned, id: id(cells), name: cells.bilingual('name'), position: themes.length, retired: cells.yesNo('retired') }));
  });

  const organization: Organization = first
    ? {
        ...meta,
        id: organizationId,
        name: first.cells.bilingual('name'),
        short: first.cells.bilingual('short'),
        acronym: first.cells.bilingual('acronym'),
        protocolOrder: protocolOrder(
          first.cells.values('protocolOrder', 'protocolOrder', 'alphabetical-ru'),
          first.cells.ref('drawnState', parties, partyNames, false),
        ),
      }
    : {
        ...meta,
        id: organizationId,
        name: { en: '', ru: '' },
        short: { en: '', ru: '' },
        acronym: { en: '', ru: '' },
        protocolOrder: { kind: 'fixed' },
      };

  const set: ReferenceSet = { organization, parties, bodies, persons, appointments, themes };
  // A cell that could not be read says so once; the rules below would only repeat it.
  if (!issues.length) issues.push(...onePerCell([...placed(checkReferenceSet(set), origins), ...placed(checkRowSchemas(set), origins)]));
  if (issues.length) throw new ReferenceFileError('invalid-rows', issues);
  return { set, locate: (issue) => placed([issue], origins)[0] ?? issue };
}

/** The first issue of each cell (a bad e-mail address fails the row schema and the person rules alike), in sheet order. */
function onePerCell(issues: readonly ReferenceIssue[]): ReferenceIssue[] {
  const seen = new Set<string>();
  const order = (i: ReferenceIssue): number => REFERENCE_TABLES.indexOf(i.table) * 1e6 + i.row;
  return issues
    .filter((i) => {
      const key = `${i.sheet ?? i.table}!${i.column ?? i.field ?? ''}${i.row}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => order(a) - order(b));
}

/** Rows against the backup's schemas: an id with a line break, a text far too long. */
function checkRowSchemas(set: ReferenceSet): ReferenceIssue[] {
  const rows = rowsOfSet(set);
  return (Object.keys(rows) as ReferenceTable[]).flatMap((table) =>
    rows[table].flatMap((row, i): ReferenceIssue[] => {
      const result = ROW_SCHEMAS[table].safeParse(row);
      if (result.success) return [];
      const field = result.error.issues[0]?.path.map(String).join('.') ?? '';
      return [{ table, row: i + 1, field, code: 'invalid', value: quoted(valueAt(row, field)) }];
    }),
  );
}

/** The column of a sheet that fills `path` (or a part of it: `name` is its English column). */
function columnFor(sheet: SheetKey, path: string): Column | undefined {
  return (
    COLUMNS[sheet].find((c) => c.path === path) ??
    COLUMNS[sheet].find((c) => c.path.startsWith(`${path}.`)) ??
    COLUMNS[sheet].find((c) => path.startsWith(`${c.path}.`))
  );
}

/** Issues found on the set (table, row, field path) placed on the sheet, row and column they came from. */
function placed(issues: readonly ReferenceIssue[], origins: Origins): ReferenceIssue[] {
  return issues.map((issue) => {
    const index = issue.row - 1;
    let place = origins.rows[issue.table][index];
    let path = issue.field ?? '';
    const part = /^(seats|formerNames)\.(\d+)(?:\.(.+))?$/.exec(path);
    if (issue.table === 'bodies' && part) {
      place = (part[1] === 'seats' ? origins.seats : origins.formerNames)[index]?.[Number(part[2])] ?? place;
      path = part[3] === undefined ? 'bodyId' : part[3];
    }
    if (!place) return issue;
    const column = columnFor(place.sheet, path);
    const at = column ? place.columns.get(column.key) : undefined;
    return {
      ...issue,
      sheet: place.name,
      row: place.row,
      ...(column ? { field: column.key } : {}),
      ...(at === undefined ? {} : { column: columnLetter(at), header: place.header[at] ?? '' }),
    };
  });
}
