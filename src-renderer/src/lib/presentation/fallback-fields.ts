// What a document prints in the other language, for the print preview's notice and the toast
// after an export ("2 fields have no Russian text and are exported in English"). Labels are in
// the UI language: they speak to the user, not to the document's reader.
import type { PlanView } from '../db/action-plan-read-models';
import type { RegisterEntry } from '../db/register-read-models';
import { fallbackFields, type Lang, type PrintedField } from '../domain/text';
import type { ChairmanshipView, Session } from '../domain/types';
import { m } from './i18n';

type Field = PrintedField<string>;

/** The letterhead every document prints: the organization and the chairing state. */
export function headerFields(chairmanship: ChairmanshipView): Field[] {
  return [
    { label: m.print_fallback_organization(), text: chairmanship.organization.name },
    { label: m.print_fallback_chair_state(), text: chairmanship.chairState },
  ];
}

/** A session's title and city, as a document's subtitle prints them. */
export function sessionFields(session: Pick<Session, 'title' | 'venue'>): Field[] {
  return [
    { label: m.print_fallback_title(), text: session.title },
    { label: m.print_fallback_city(), text: session.venue.city },
  ];
}

/** How many of a document's fields (its letterhead with them) it shows in the other language. */
export function fallbackCount(chairmanship: ChairmanshipView | undefined, fields: readonly Field[], lang: Lang): number {
  return fallbackFields([...(chairmanship ? headerFields(chairmanship) : []), ...fields], lang).length;
}

/** The Action Plan status report's fields: the plan's title and each item's. */
export function statusReportFields(view: Pick<PlanView, 'plan' | 'items'>): Field[] {
  return [
    { label: m.print_fallback_title(), text: view.plan.title },
    ...view.items.map((item) => ({ label: m.print_fallback_action_item({ number: item.number }), text: item.title })),
  ];
}

/** The register's fields: each document's title and its session's. */
export function registerFields(entries: readonly RegisterEntry[]): Field[] {
  return entries.flatMap((entry, i) => [
    { label: m.paperwork_fallback_document({ number: i + 1 }), text: entry.document.title },
    { label: m.print_fallback_title(), text: entry.session.title },
  ]);
}
