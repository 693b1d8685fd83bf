// The seating plan as data in a document language: the names drawn on the plan, the numbered
// list of places beside it (its legend), and the same list as a Word document.
import type { SeatingView } from '../db/seating-read-models';
import type { ParticipantView } from '../db/people-read-models';
import { sessionWhen } from '../domain/format';
import { layoutPlan } from '../domain/seating';
import { namesText, pickText, type Lang, type PrintedField } from '../domain/text';
import type { ChairmanshipView, SeatingPlan, SeatingShape } from '../domain/types';
import { m } from './i18n';
import type { DocxDocument, DocxImage, DocxSection } from '../io/docx';
import { sessionFields } from './fallback-fields';
import { formalName } from './people-labels';
import { seatingDrawing, seatingSvg } from './seating-drawing';

const o = (lang: Lang): { locale: Lang } => ({ locale: lang });

export interface PlaceLine {
  number: number;
  partyId: string;
  delegation: string;
  /** Who takes the place at the table: the head of the delegation, else its first member. */
  head: string;
  /** The others of the delegation, seated behind. */
  behind: string[];
  section: 'table' | 'guests';
}

export function shapeName(shape: SeatingShape, lang?: Lang): string {
  const opts = lang ? o(lang) : undefined;
  switch (shape) {
    case 'round':
      return m.seating_shape_round({}, opts);
    case 'u-shape':
      return m.seating_shape_u({}, opts);
    case 'rectangle':
      return m.seating_shape_rectangle({}, opts);
    case 'theatre':
      return m.seating_shape_theatre({}, opts);
  }
}

/** Each delegation's short name as drawn on the plan. */
export function seatLabels(view: SeatingView, lang: Lang): Map<string, string> {
  return new Map(view.list.parties.map((p) => [p.id, pickText(p.short, lang) || pickText(p.name, lang)]));
}

function delegationPeople(view: SeatingView, partyId: string): ParticipantView[] {
  // The list is in protocol order with the head of each delegation first.
  return view.seated.filter(
    (r) => r.participant.partyId === partyId && r.participant.role !== 'chair' && r.participant.role !== 'secretariat',
  );
}

/** The numbered places of a plan, the table first, then the guests' section. */
export function placeLines(view: SeatingView, plan: Pick<SeatingPlan, 'order' | 'guests'>, lang: Lang): PlaceLine[] {
  const parties = new Map(view.list.parties.map((p) => [p.id, p]));
  const line = (partyId: string, i: number, section: PlaceLine['section']): PlaceLine => {
    const people = delegationPeople(view, partyId).map((r) => (r.person ? formalName(r.person, lang) : ''));
    return {
      number: i + 1,
      partyId,
      delegation: pickText(parties.get(partyId)?.name, lang) || m.seating_unknown_delegation({}, o(lang)),
      head: people[0] ?? '',
      behind: people.slice(1),
      section,
    };
  };
  return [...plan.order.map((id, i) => line(id, i, 'table')), ...plan.guests.map((id, i) => line(id, plan.order.length + i, 'guests'))];
}

/**
 * The bilingual fields the plan prints: the session's title and city, each placed delegation's
 * name (in the legend) and short name (on the drawing), and the names of the people seated.
 */
export function seatingFields(view: SeatingView): PrintedField<string>[] {
  const placed = [...(view.plan?.order ?? []), ...(view.plan?.guests ?? [])];
  const parties = new Map(view.list.parties.map((p) => [p.id, p]));
  return [
    ...sessionFields(view.list.session),
    ...placed.flatMap((id) => [
      { label: m.print_fallback_delegation(), text: parties.get(id)?.name },
      { label: m.print_fallback_delegation(), text: parties.get(id)?.short },
      ...delegationPeople(view, id).flatMap((r) =>
        r.person ? [{ label: m.print_fallback_person(), text: namesText(r.person.names) }] : [],
      ),
    ]),
  ];
}

export function seatingSubtitle(view: SeatingView, lang: Lang): string {
  const { session } = view.list;
  return [pickText(session.title, lang), sessionWhen(session, lang).dates, pickText(session.venue.city, lang)].filter(Boolean).join(', ');
}

/** What the plan's header says about its layout: shape, seats, start, booths. */
export function layoutSummary(view: SeatingView, plan: SeatingPlan, lang: Lang): string {
  const lot = plan.startPartyId ? view.list.parties.find((p) => p.id === plan.startPartyId) : undefined;
  return [
    shapeName(plan.shape, lang),
    m.seating_summary_seats({ count: plan.seatsPerDelegation }, o(lang)),
    lot ? m.seating_summary_lot({ state: pickText(lot.short, lang) }, o(lang)) : m.seating_summary_protocol({}, o(lang)),
    plan.booths ? m.seating_summary_booths({ count: plan.booths }, o(lang)) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The plan's drawing as an SVG file, as the screen draws it, with its size and alt text. */
export function seatingPicture(view: SeatingView, plan: SeatingPlan, lang: Lang): Omit<DocxImage, 'png'> {
  const drawing = seatingDrawing(layoutPlan({ ...plan, secretariat: view.secretariat }), seatLabels(view, lang), lang);
  const description = m.seating_chart_label({}, o(lang));
  return { svg: seatingSvg(drawing, description), width: drawing.width, height: drawing.height, description };
}

/** The plan as a Word document: its layout, the drawing (when given), then the places by number. */
export function seatingDocx(
  view: SeatingView,
  plan: SeatingPlan,
  chairmanship: ChairmanshipView,
  lang: Lang,
  picture?: { image: DocxImage; paper: 'A4' | 'A3' },
): DocxDocument {
  const lines = placeLines(view, plan, lang);
  const header = [
    m.seating_col_place({}, o(lang)),
    m.seating_col_delegation({}, o(lang)),
    m.seating_col_head({}, o(lang)),
    m.seating_col_behind({}, o(lang)),
  ];
  const rows = (section: PlaceLine['section']): string[][] =>
    lines.filter((l) => l.section === section).map((l) => [String(l.number), l.delegation, l.head, l.behind.join(', ')]);
  const sections: DocxSection[] = [
    {
      paragraphs: [layoutSummary(view, plan, lang), m.seating_docx_note({}, o(lang))],
      ...(picture ? { image: picture.image } : {}),
    },
    { heading: m.seating_section_table({}, o(lang)), table: { header, rows: rows('table'), widths: [1, 3, 4, 4] } },
  ];
  if (plan.guests.length)
    sections.push({ heading: m.seating_section_guests({}, o(lang)), table: { header, rows: rows('guests'), widths: [1, 3, 4, 4] } });
  return {
    letterhead: [
      pickText(chairmanship.organization.name, lang),
      m.chairmanship_of({ state: pickText(chairmanship.chairState, lang), year: chairmanship.year }, o(lang)),
    ],
    title: m.seating_title({}, o(lang)),
    subtitle: seatingSubtitle(view, lang),
    sections,
    landscape: true,
    paper: picture?.paper ?? 'A4',
    language: lang === 'ru' ? 'ru-RU' : 'en-GB',
    pageLabel: m.participants_page_label({ page: '{page}', pages: '{pages}' }, o(lang)),
  };
}
