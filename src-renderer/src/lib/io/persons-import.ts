// Importing persons from a table (CSV or XLSX): which column holds which field (guessed from
// the header, changed by the user), then every row checked by the same rules as the person
// form. Errors name the file's row (the header is row 1) and column (A, B, …), as a
// spreadsheet shows them. Nothing here writes: the preview decides, the action commits.
import {
  emptyPersonForm,
  PERSON_FIELDS,
  personFromForm,
  validatePerson,
  type PersonErrorCode,
  type PersonField,
} from '../domain/person-rules';
import { foldForSearch } from '../domain/text-search';
import type { Fields, Party, Person } from '../domain/types';
import type { Table } from './csv';
import { looksGarbled } from './text-encoding';

/** Field → column index (0-based); a field without a column stays empty. */
export type ColumnMapping = Partial<Record<PersonField, number>>;

/** `garbled`: the cell reads as a wrong decoding of the file (./text-encoding.ts). */
export type ImportErrorKind = PersonErrorCode | 'unknown-party' | 'garbled';

export interface RowError {
  /** The file's row: the header is row 1, the first person row 2. */
  row: number;
  /** 0-based column index; shown as a letter. */
  column: number | undefined;
  field: PersonField;
  code: ImportErrorKind;
  value: string;
}

export interface ImportRow {
  row: number;
  person: Fields<Person>;
  errors: RowError[];
}

export interface ImportPreview {
  rows: ImportRow[];
  errors: RowError[];
  /** Rows without a single error, ready to write. */
  valid: ImportRow[];
}

// Header names recognised without help, in English and Russian (folded: lower case, ё = е,
// punctuation as spaces). The caller adds the app's own export headers in both languages.
const ALIASES: Record<PersonField, string[]> = {
  familyEn: ['family en', 'family name en', 'family name', 'last name', 'surname', 'family'],
  givenEn: ['given en', 'given name en', 'given name', 'first name', 'given'],
  familyRu: ['family ru', 'фамилия', 'фамилия ru', 'фамилия рус'],
  givenRu: ['given ru', 'имя', 'имя ru', 'имя рус'],
  honorificEn: ['honorific en', 'honorific', 'title en', 'salutation'],
  honorificRu: ['honorific ru', 'обращение'],
  partyId: ['party', 'country', 'state', 'delegation', 'organization', 'сторона', 'страна', 'государство', 'делегация', 'организация'],
  positionEn: ['position en', 'position', 'job title', 'function'],
  positionRu: ['position ru', 'должность'],
  email: ['email', 'e mail', 'mail', 'эл почта', 'электронная почта', 'почта'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'телефон', 'тел'],
  notes: ['notes', 'note', 'comment', 'comments', 'примечания', 'примечание', 'комментарий'],
};

function normalizeHeader(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Guesses each field's column from the header; each column is used once. */
export function guessMapping(header: readonly string[], extraAliases: Partial<Record<PersonField, string[]>> = {}): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const names = header.map(normalizeHeader);
  for (const field of PERSON_FIELDS) {
    const aliases = [...(extraAliases[field] ?? []), ...ALIASES[field]].map(normalizeHeader);
    for (const alias of aliases) {
      const column = names.findIndex((n, i) => n === alias && !used.has(i));
      if (column >= 0) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }
  return mapping;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A party named by its code (ISO 3166 alpha-2), short or full name, in English or Russian. */
export function matchParty(value: string, parties: readonly Party[]): Party | undefined {
  const wanted = normalizeHeader(value);
  if (!wanted) return undefined;
  return parties.find((p) =>
    [p.iso2 ?? '', p.short.en, p.short.ru, p.name.en, p.name.ru].some((name) => name && normalizeHeader(name) === wanted),
  );
}

export function previewImport(table: Table, mapping: ColumnMapping, parties: readonly Party[], organizationId: string): ImportPreview {
  const rows = table.rows.map((cells, index): ImportRow => {
    const row = index + 2;
    const form = emptyPersonForm();
    for (const field of PERSON_FIELDS) {
      const column = mapping[field];
      if (column !== undefined) form[field] = (cells[column] ?? '').trim();
    }
    const errors: RowError[] = [];
    // A name in the wrong encoding is not a name: such a row is never ready, whatever else it holds.
    for (const field of PERSON_FIELDS) {
      if (form[field] && looksGarbled(form[field]))
        errors.push({ row, column: mapping[field], field, code: 'garbled', value: form[field] });
    }
    const partyText = form.partyId;
    if (partyText && !errors.some((e) => e.field === 'partyId')) {
      const party = matchParty(partyText, parties);
      if (party) form.partyId = party.id;
      else errors.push({ row, column: mapping.partyId, field: 'partyId', code: 'unknown-party', value: partyText });
    }
    for (const e of validatePerson({ ...form, partyId: '' })) {
      // A missing family name is reported on whichever family-name column the file has.
      const column = mapping[e.field] ?? (e.code === 'name-required' ? (mapping.familyEn ?? mapping.familyRu) : undefined);
      errors.push({ row, column, field: e.field, code: e.code, value: form[e.field] });
    }
    if (errors.some((e) => e.field === 'partyId')) form.partyId = '';
    return { row, person: personFromForm(form, organizationId), errors };
  });
  return { rows, errors: rows.flatMap((r) => r.errors), valid: rows.filter((r) => r.errors.length === 0) };
}
