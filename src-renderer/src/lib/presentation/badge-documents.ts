// Badges and table cards as data in a document language, for the print views.
import type { SessionParticipants } from '../db/people-read-models';
import type { SeatingView } from '../db/seating-read-models';
import { badgeCategory, getsBadge, type BadgeAudience, type BadgeCategory } from '../domain/badges';
import { personName, pickText, type Lang, type PrintedField } from '../domain/text';
import { m } from './i18n';

export interface Badge {
  key: string;
  /** The holder's name in the document language, and in the other one beneath it. */
  name: string;
  otherName: string;
  delegation: string;
  title: string;
  category: BadgeCategory;
}

const other = (lang: Lang): Lang => (lang === 'ru' ? 'en' : 'ru');

/** One badge per participant chosen, in the list's protocol order; then `press` blank press badges. */
export function badgesFor(
  list: SessionParticipants,
  lang: Lang,
  audience: BadgeAudience,
  selection?: ReadonlySet<string>,
  press = 0,
): Badge[] {
  const people = list.rows
    .filter((r) => getsBadge(r.participant, audience, selection))
    .map((r): Badge => ({
      key: r.participant.id,
      name: r.person ? personName(r.person.names, lang) : '',
      otherName: r.person ? personName(r.person.names, other(lang)) : '',
      delegation: pickText(r.party?.name, lang),
      title: pickText(r.title, lang),
      category: badgeCategory(r.participant.role),
    }));
  const blank = Array.from({ length: press }, (_, i): Badge => ({
    key: `press-${i}`,
    name: '',
    otherName: '',
    delegation: '',
    title: '',
    category: 'press',
  }));
  return [...people, ...blank];
}

export interface TableCard {
  partyId: string;
  name: string;
}

/**
 * One table card per delegation at the table: in the plan's order when there is a plan, else
 * in protocol order; only delegations with someone of the audience.
 */
export function tableCardsFor(view: SeatingView, lang: Lang, audience: BadgeAudience, selection?: ReadonlySet<string>): TableCard[] {
  const order = view.plan?.order ?? view.fromList.order;
  const coming = new Set(view.list.rows.filter((r) => getsBadge(r.participant, audience, selection)).map((r) => r.participant.partyId));
  const parties = new Map(view.list.parties.map((p) => [p.id, p]));
  return order.filter((id) => coming.has(id)).map((id) => ({ partyId: id, name: pickText(parties.get(id)?.name, lang) }));
}

/** The bilingual fields the badges print (delegations and titles), labelled in the UI language `uiLang`. */
export function badgeFields(
  list: SessionParticipants,
  uiLang: Lang,
  audience: BadgeAudience,
  selection?: ReadonlySet<string>,
): PrintedField<string>[] {
  return list.rows
    .filter((r) => getsBadge(r.participant, audience, selection))
    .flatMap((r) => [
      { label: m.print_fallback_delegation(), text: r.party?.name },
      { label: m.print_fallback_seat_title({ name: r.person ? personName(r.person.names, uiLang) : '' }), text: r.title },
    ]);
}

/** The delegations' names the table cards print. */
export function tableCardFields(view: SeatingView, audience: BadgeAudience, selection?: ReadonlySet<string>): PrintedField<string>[] {
  const parties = new Map(view.list.parties.map((p) => [p.id, p]));
  const order = view.plan?.order ?? view.fromList.order;
  const coming = new Set(view.list.rows.filter((r) => getsBadge(r.participant, audience, selection)).map((r) => r.participant.partyId));
  return order.filter((id) => coming.has(id)).map((id) => ({ label: m.print_fallback_delegation(), text: parties.get(id)?.name }));
}
