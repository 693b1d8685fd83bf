// Records and values of a merge as people know them: a person by name, a participant as
// "person at session", an id by what it names, a bilingual text in the UI language.
import { fieldLabel } from '$lib/actions/field-labels';
import { formatDate, formatInstant } from '$lib/domain/format';
import { personName, pickText, type Lang } from '$lib/domain/text';
import type { PersonName, Text } from '$lib/domain/types';
import { m } from '$lib/presentation/i18n';
import type { BackupRow, BackupTable, BackupTables } from '$lib/backup/io/file-format';

export type Lookup = Map<string, BackupRow>;

/** Every named record of both copies, by table and id (the colleague's where both have it). */
export function lookups(
  mine: BackupTables,
  theirs: BackupTables,
): Record<'persons' | 'sessions' | 'parties' | 'bodies' | 'themes', Lookup> {
  const index = (table: BackupTable): Lookup => new Map([...mine[table], ...theirs[table]].map((r) => [String(r.id), r]));
  return {
    persons: index('persons'),
    sessions: index('sessions'),
    parties: index('parties'),
    bodies: index('bodies'),
    themes: index('themes'),
  };
}

const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && typeof (value as Text).en === 'string' && typeof (value as Text).ru === 'string';
const isNames = (value: unknown): value is { en: PersonName; ru: PersonName } =>
  typeof value === 'object' && value !== null && typeof (value as { en?: PersonName }).en?.family === 'string';

function nameOf(row: BackupRow | undefined, lang: Lang): string {
  if (!row) return '';
  if (isNames(row.names)) return personName(row.names, lang);
  for (const field of ['acronym', 'short', 'title', 'name'])
    if (isText(row[field]) && pickText(row[field], lang)) return pickText(row[field], lang);
  return '';
}

/** A record of a merge as people know it. */
export function rowName(table: BackupTable, row: BackupRow, look: ReturnType<typeof lookups>, lang: Lang): string {
  if (table === 'participants' || table === 'appointments') {
    const person = nameOf(look.persons.get(String(row.personId)), lang) || String(row.personId);
    const where =
      table === 'participants' ? nameOf(look.sessions.get(String(row.sessionId)), lang) : nameOf(look.bodies.get(String(row.bodyId)), lang);
    return m.merge_participant_at({ person, session: where || '—' });
  }
  if (table === 'agendaItems') return `${nameOf(row, lang)} (${nameOf(look.sessions.get(String(row.sessionId)), lang)})`;
  if (table === 'actionItems') return `${typeof row.number === 'string' ? row.number : ''} ${nameOf(row, lang)}`.trim();
  return nameOf(row, lang) || (typeof row.id === 'string' ? row.id : '');
}

const PERSON_FIELDS = new Set(['personId', 'chairPersonId', 'presenterId', 'representsPersonId']);
const PARTY_FIELDS = new Set(['partyId', 'chairPartyId']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A stored value in words. */
export function valueText(field: string, value: unknown, look: ReturnType<typeof lookups>, lang: Lang): string {
  if (value === undefined || value === null || value === '') return m.merge_empty_value();
  if (typeof value === 'string') {
    if (PERSON_FIELDS.has(field)) return nameOf(look.persons.get(value), lang) || value;
    if (PARTY_FIELDS.has(field)) return nameOf(look.parties.get(value), lang) || value;
    if (field === 'bodyId') return nameOf(look.bodies.get(value), lang) || value;
    if (field === 'sessionId') return nameOf(look.sessions.get(value), lang) || value;
    if (field === 'theme') return nameOf(look.themes.get(value), lang) || value;
    if (DATE.test(value)) return formatDate(value, lang, 'medium');
    if (INSTANT.test(value)) return formatInstant(value, lang);
    return value;
  }
  if (typeof value === 'boolean') return value ? m.merge_yes() : m.merge_no();
  if (typeof value === 'number') return String(value);
  if (isText(value)) return pickText(value, lang) || m.merge_empty_value();
  if (isNames(value)) return personName(value, lang);
  if (Array.isArray(value)) {
    if (field === 'bodyIds') return value.map((id) => nameOf(look.bodies.get(String(id)), lang) || String(id)).join(' + ');
    return value.map((v) => valueText(field, v, look, lang)).join('; ') || m.merge_empty_value();
  }
  if (field === 'venue' && typeof value === 'object') {
    // "Бишкек, Дворец «Ала-Арча»": the city, then the place (a text, or a name kept as typed).
    const { city, place } = value as { city?: unknown; place?: unknown };
    const word = (part: unknown): string => (isText(part) ? pickText(part, lang) : typeof part === 'string' ? part : '');
    return [word(city), word(place)].filter(Boolean).join(', ') || m.merge_empty_value();
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `${fieldLabel(k)}: ${valueText(k, v, look, lang)}`)
      .join(', ');
  }
  return JSON.stringify(value);
}
