// The year programme as editable files, in a document language: a DOCX of one table a month
// and an XLSX sheet of one row a session, with the same lines as the printed programme (both
// clocks named by cities, the home clock's other day marked).
import type { SessionRow } from '../db/read-models';
import { currentChangeReason } from '../domain/session-change';
import { pickText, type Lang, type PrintedField } from '../domain/text';
import type { ChairmanshipView } from '../domain/types';
import type { DocxDocument } from '../io/docx';
import type { XlsxSheet } from '../io/xlsx';
import { m } from './i18n';
import { programmeMonths, type ProgrammeLine } from './programme-lines';

const o = (lang: Lang): { locale: Lang } => ({ locale: lang });

function header(lang: Lang): string[] {
  return [
    m.col_dates({}, o(lang)),
    m.clock_col_times({}, o(lang)),
    m.col_bodies({}, o(lang)),
    m.col_session({}, o(lang)),
    m.col_status({}, o(lang)),
  ];
}

function cells(line: ProgrammeLine): string[] {
  const status = line.reason ? `${line.statusLabel}: ${line.reason}` : line.statusLabel;
  return [line.dates, line.clocks, line.bodies, `${line.title} (${line.detail})`, status];
}

/**
 * The bilingual fields the programme prints for each session: title, bodies, city, the reason for
 * a change, and the place (printed on paper; the DOCX and XLSX files have no column for it).
 */
export function programmeFields(
  rows: readonly Pick<SessionRow, 'session' | 'bodies'>[],
  lang: Lang,
  { place }: { place: boolean },
): PrintedField<string>[] {
  return rows.flatMap(({ session, bodies }) => {
    const reason = currentChangeReason(session);
    const of = (label: string): string => `${pickText(session.title, lang)} — ${label}`;
    return [
      { label: m.print_fallback_title(), text: session.title },
      ...bodies.map((b) => ({ label: of(m.print_fallback_body()), text: b.acronym })),
      { label: of(m.print_fallback_city()), text: session.venue.city },
      ...(place ? [{ label: of(m.print_fallback_place()), text: session.venue.place }] : []),
      ...(reason ? [{ label: of(m.print_fallback_change_reason()), text: reason }] : []),
    ];
  });
}

export function programmeDocx(rows: readonly SessionRow[], chairmanship: ChairmanshipView, lang: Lang): DocxDocument {
  return {
    letterhead: [
      pickText(chairmanship.organization.name, lang),
      m.chairmanship_of({ state: pickText(chairmanship.chairState, lang), year: chairmanship.year }, o(lang)),
    ],
    title: m.print_year_programme_title({ year: chairmanship.year }, o(lang)),
    sections: programmeMonths(rows, lang, chairmanship).map((month) => ({
      heading: month.label,
      table: { header: header(lang), rows: month.lines.map((line) => cells(line)), widths: [2, 4, 2, 5, 2] },
    })),
    landscape: true,
    language: lang === 'ru' ? 'ru-RU' : 'en-GB',
    pageLabel: m.participants_page_label({ page: '{page}', pages: '{pages}' }, o(lang)),
  };
}

export function programmeSheet(rows: readonly SessionRow[], chairmanship: ChairmanshipView, lang: Lang): XlsxSheet {
  return {
    name: m.clock_programme_sheet({}, o(lang)),
    header: header(lang),
    rows: programmeMonths(rows, lang, chairmanship).flatMap((month) => month.lines.map((line) => cells(line))),
    widths: [22, 60, 18, 60, 24],
  };
}
