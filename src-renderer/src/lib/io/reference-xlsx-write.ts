// A reference set as the sheets of a workbook (./reference-xlsx-columns.ts), headers in the
// chosen language. A state, body or person another sheet refers to is written by its name
// (short name, acronym, "Family Given") where that name is unique in the set, by its id
// otherwise, so that the workbook reads well and still reads back to the same rows. Rows are
// in the set's order (states and bodies by position: a workbook's row order is their order).
// Pure: ./xlsx.ts turns the sheets into bytes.
import { pickText } from '../domain/text';
import type { Lang, Party, Person, Text } from '../domain/types';
import type { ReferenceSet } from './reference-file-format';
import { COLUMNS, SHEETS, type ColumnKey, type ReferenceXlsxLabels, type SheetKey } from './reference-xlsx-columns';
import type { XlsxSheet } from './xlsx';
import { foldName } from './reference-xlsx-names';

type Cells = Partial<Record<ColumnKey, string | number | undefined>>;

/** Names unique in their table (folded), each row's name or its id. */
function labeller<T extends { id: string }>(rows: readonly T[], name: (row: T) => string): (id: string | undefined) => string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = foldName(name(row));
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ids = new Set(rows.map((r) => r.id));
  return (id) => {
    if (id === undefined) return '';
    const row = byId.get(id);
    if (!row) return id;
    const label = name(row).trim();
    // A name that is also some row's id would read back as that row.
    return label && counts.get(foldName(label)) === 1 && !ids.has(label) ? label : id;
  };
}

const byPosition = <T extends { position: number }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.position - b.position);

export function personLabel(person: Pick<Person, 'names'>, lang: Lang): string {
  const other: Lang = lang === 'en' ? 'ru' : 'en';
  const names = person.names[lang].family.trim() ? person.names[lang] : person.names[other];
  return [names.family.trim(), names.given.trim()].filter(Boolean).join(' ');
}

export function referenceSheets(set: ReferenceSet, lang: Lang, labels: ReferenceXlsxLabels): XlsxSheet[] {
  const party = labeller(set.parties, (p: Party) => pickText(p.short, lang) || pickText(p.name, lang));
  const body = labeller(set.bodies, (b) => pickText(b.acronym, lang) || pickText(b.name, lang));
  const person = labeller(set.persons, (p) => personLabel(p, lang));
  const yesNo = (value: boolean | undefined): string => (value ? labels.yes[lang] : '');
  const text = (prefix: 'name' | 'short' | 'acronym' | 'capital' | 'seatTitle' | 'title' | 'position', value: Text | undefined): Cells => ({
    [`${prefix}En`]: value?.en,
    [`${prefix}Ru`]: value?.ru,
  });
  const o = set.organization;
  const order = o.protocolOrder.kind === 'fixed' ? 'fixed' : o.protocolOrder.language === 'en' ? 'alphabetical-en' : 'alphabetical-ru';
  const rows: Record<SheetKey, Cells[]> = {
    organization: [
      {
        id: o.id,
        ...text('name', o.name),
        ...text('short', o.short),
        ...text('acronym', o.acronym),
        protocolOrder: labels.values.protocolOrder[order][lang],
        drawnState: o.protocolOrder.kind === 'alphabetical' ? party(o.protocolOrder.startPartyId) : '',
      },
    ],
    parties: byPosition(set.parties).map((p) => ({
      id: p.id,
      kind: labels.values.kind[p.kind][lang],
      ...text('short', p.short),
      ...text('name', p.name),
      iso2: p.iso2,
      ...text('capital', p.capital),
      timeZone: p.timeZone,
      memberSince: p.memberSince,
      memberUntil: p.memberUntil,
      retired: yesNo(p.retired),
    })),
    bodies: byPosition(set.bodies).map((b) => ({
      id: b.id,
      ...text('acronym', b.acronym),
      ...text('name', b.name),
      level: labels.values.level[b.level][lang],
      ...text('seatTitle', b.seatTitle),
      decisionRule: labels.values.decisionRule[b.decisionRule][lang],
      quorum: b.quorum,
      chairState: party(b.chairPartyId),
      retired: yesNo(b.retired),
    })),
    bodySeats: byPosition(set.bodies).flatMap((b) =>
      b.seats.map((s) => ({ body: body(b.id), state: party(s.partyId), from: s.from, to: s.to, ...text('title', s.title) })),
    ),
    formerNames: byPosition(set.bodies).flatMap((b) =>
      (b.formerNames ?? []).map((f) => ({ body: body(b.id), until: f.until, ...text('name', f.name), ...text('acronym', f.acronym) })),
    ),
    persons: set.persons.map((p) => ({
      id: p.id,
      familyEn: p.names.en.family,
      givenEn: p.names.en.given,
      familyRu: p.names.ru.family,
      givenRu: p.names.ru.given,
      honorificEn: p.honorific.en,
      honorificRu: p.honorific.ru,
      state: party(p.partyId),
      ...text('position', p.position),
      email: p.email,
      phone: p.phone,
      notes: p.notes,
    })),
    appointments: set.appointments.map((a) => ({
      id: a.id,
      person: person(a.personId),
      body: body(a.bodyId),
      state: party(a.partyId),
      ...text('title', a.title),
      from: a.from,
      to: a.to,
      acting: yesNo(a.acting),
    })),
    themes: byPosition(set.themes).map((t) => ({ id: t.id, ...text('name', t.name), retired: yesNo(t.retired) })),
  };
  return SHEETS.map((sheet) => ({
    name: labels.sheets[sheet][lang],
    header: COLUMNS[sheet].map((c) => labels.columns[c.key][lang]),
    rows: rows[sheet].map((cells) => COLUMNS[sheet].map((c) => cells[c.key] ?? null)),
    widths: COLUMNS[sheet].map((c) => c.width),
  }));
}
