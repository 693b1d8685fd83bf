// The reference-data workbook's layout: one sheet per table (a body's member states and its
// former names on sheets of their own, one row each), one column per field, the row's id in
// a column so that an edited workbook updates the rows it came from. Headers, sheet names and
// the words for kinds, levels and yes/no come from the caller in both languages (io is pure:
// no i18n here); a workbook is read back whichever language its headers are in. Pure.
import { BODY_LEVELS, DECISION_RULES, PARTY_KINDS, type Text } from '../domain/types';
import type { ReferenceTable } from './reference-file-format';

export const SHEETS = ['organization', 'parties', 'bodies', 'bodySeats', 'formerNames', 'persons', 'appointments', 'themes'] as const;
export type SheetKey = (typeof SHEETS)[number];

/** How a column's cells are read. */
export type ColumnType =
  | 'id'
  | 'text'
  | 'date'
  | 'integer'
  | 'yes-no'
  | { ref: 'parties' | 'bodies' | 'persons' }
  | { values: 'kind' | 'level' | 'decisionRule' | 'protocolOrder' };

export interface Column {
  key: ColumnKey;
  type: ColumnType;
  /** The field of the row it fills (`names.en.family`), for the place of an issue. */
  path: string;
  width: number;
}

const col = (key: ColumnKey, type: ColumnType, path: string, width = 22): Column => ({ key, type, path, width });
const bilingual = (key: 'name' | 'short' | 'acronym' | 'capital' | 'seatTitle' | 'title' | 'position', path: string = key, width = 28) => [
  col(`${key}En`, 'text', `${path}.en`, width),
  col(`${key}Ru`, 'text', `${path}.ru`, width),
];

export const COLUMN_KEYS = [
  'id',
  'nameEn',
  'nameRu',
  'shortEn',
  'shortRu',
  'acronymEn',
  'acronymRu',
  'protocolOrder',
  'drawnState',
  'kind',
  'iso2',
  'capitalEn',
  'capitalRu',
  'timeZone',
  'memberSince',
  'memberUntil',
  'retired',
  'level',
  'seatTitleEn',
  'seatTitleRu',
  'decisionRule',
  'quorum',
  'chairState',
  'body',
  'state',
  'from',
  'to',
  'titleEn',
  'titleRu',
  'until',
  'familyEn',
  'givenEn',
  'familyRu',
  'givenRu',
  'honorificEn',
  'honorificRu',
  'positionEn',
  'positionRu',
  'email',
  'phone',
  'notes',
  'person',
  'acting',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const COLUMNS: Record<SheetKey, Column[]> = {
  organization: [
    col('id', 'id', 'id', 24),
    ...bilingual('name', 'name', 40),
    ...bilingual('short', 'short', 30),
    ...bilingual('acronym', 'acronym', 12),
    col('protocolOrder', { values: 'protocolOrder' }, 'protocolOrder.kind', 24),
    col('drawnState', { ref: 'parties' }, 'protocolOrder.startPartyId'),
  ],
  parties: [
    col('id', 'id', 'id', 24),
    col('kind', { values: 'kind' }, 'kind', 18),
    ...bilingual('short', 'short', 20),
    ...bilingual('name', 'name', 34),
    col('iso2', 'text', 'iso2', 8),
    ...bilingual('capital', 'capital', 16),
    col('timeZone', 'text', 'timeZone', 18),
    col('memberSince', 'date', 'memberSince', 12),
    col('memberUntil', 'date', 'memberUntil', 12),
    col('retired', 'yes-no', 'retired', 10),
  ],
  bodies: [
    col('id', 'id', 'id', 24),
    ...bilingual('acronym', 'acronym', 12),
    ...bilingual('name', 'name', 40),
    col('level', { values: 'level' }, 'level', 24),
    ...bilingual('seatTitle', 'seatTitle', 30),
    col('decisionRule', { values: 'decisionRule' }, 'decisionRule', 14),
    col('quorum', 'integer', 'quorum', 8),
    col('chairState', { ref: 'parties' }, 'chairPartyId', 18),
    col('retired', 'yes-no', 'retired', 10),
  ],
  bodySeats: [
    col('body', { ref: 'bodies' }, 'bodyId', 14),
    col('state', { ref: 'parties' }, 'partyId', 20),
    col('from', 'date', 'from', 12),
    col('to', 'date', 'to', 12),
    ...bilingual('title', 'title', 30),
  ],
  formerNames: [
    col('body', { ref: 'bodies' }, 'bodyId', 14),
    col('until', 'date', 'until', 12),
    ...bilingual('name', 'name', 40),
    ...bilingual('acronym', 'acronym', 12),
  ],
  persons: [
    col('id', 'id', 'id', 24),
    col('familyEn', 'text', 'names.en.family'),
    col('givenEn', 'text', 'names.en.given'),
    col('familyRu', 'text', 'names.ru.family'),
    col('givenRu', 'text', 'names.ru.given'),
    col('honorificEn', 'text', 'honorific.en', 12),
    col('honorificRu', 'text', 'honorific.ru', 12),
    col('state', { ref: 'parties' }, 'partyId', 18),
    ...bilingual('position', 'position', 34),
    col('email', 'text', 'email', 26),
    col('phone', 'text', 'phone', 18),
    col('notes', 'text', 'notes', 40),
  ],
  appointments: [
    col('id', 'id', 'id', 24),
    col('person', { ref: 'persons' }, 'personId', 28),
    col('body', { ref: 'bodies' }, 'bodyId', 14),
    col('state', { ref: 'parties' }, 'partyId', 18),
    ...bilingual('title', 'title', 34),
    col('from', 'date', 'from', 12),
    col('to', 'date', 'to', 12),
    col('acting', 'yes-no', 'acting', 10),
  ],
  themes: [col('id', 'id', 'id', 24), ...bilingual('name', 'name', 40), col('retired', 'yes-no', 'retired', 10)],
};

/** The table each sheet's rows belong to (members and former names are parts of a body). */
export const SHEET_TABLE: Record<SheetKey, ReferenceTable> = {
  organization: 'organizations',
  parties: 'parties',
  bodies: 'bodies',
  bodySeats: 'bodies',
  formerNames: 'bodies',
  persons: 'persons',
  appointments: 'appointments',
  themes: 'themes',
};

export const PROTOCOL_ORDERS = ['alphabetical-ru', 'alphabetical-en', 'fixed'] as const;

/** The values of each column of fixed values, as stored. */
export const VALUES = {
  kind: PARTY_KINDS,
  level: BODY_LEVELS,
  decisionRule: DECISION_RULES,
  protocolOrder: PROTOCOL_ORDERS,
} as const;
export type ValuesKey = keyof typeof VALUES;

/** The words of the workbook, each in English and Russian. */
export interface ReferenceXlsxLabels {
  sheets: Record<SheetKey, Text>;
  columns: Record<ColumnKey, Text>;
  values: { [K in ValuesKey]: Record<(typeof VALUES)[K][number], Text> };
  yes: Text;
  no: Text;
}
