// How the reference-data import names a record in its lists: a state by its short name, a
// body by its acronym, a person by name, an appointment by its holder and body.
import { personName, pickText } from '$lib/domain/text';
import type { Appointment, Body, Lang, Organization, Party, Person, Theme } from '$lib/domain/types';
import type { PlannedTables } from '$lib/io/reference-file-plan';

export function recordLabel(row: Organization | Party | Body | Person | Appointment | Theme, plan: PlannedTables, lang: Lang): string {
  if ('protocolOrder' in row) return pickText(row.acronym, lang) || pickText(row.name, lang);
  if ('kind' in row) return pickText(row.short, lang) || pickText(row.name, lang);
  if ('seats' in row) return pickText(row.acronym, lang) || pickText(row.name, lang);
  if ('names' in row) return personName(row.names, lang);
  if ('personId' in row) {
    const person = plan.persons.find((p) => p.row.id === row.personId)?.row;
    const body = plan.bodies.find((b) => b.row.id === row.bodyId)?.row;
    return [person ? personName(person.names, lang) : '', body ? pickText(body.acronym, lang) : ''].filter(Boolean).join(', ');
  }
  return pickText(row.name, lang);
}
