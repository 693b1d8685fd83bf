// The list of participants and the attendance sheet as data, in a document language: the
// print views render it, and the DOCX, XLSX and CSV exports write the same lines.
import type { ParticipantView, SessionParticipants } from '../db/people-read-models';
import { sessionWhen } from '../domain/format';
import { namesText, personName, pickText, type Lang, type PrintedField } from '../domain/text';
import type { ChairmanshipView } from '../domain/types';
import { m } from './i18n';
import type { DocxDocument } from '../io/docx';
import type { XlsxSheet } from '../io/xlsx';
import { formalName, participantName, roleName } from './people-labels';

const o = (lang: Lang): { locale: Lang } => ({ locale: lang });

export interface ListLine {
  number: number;
  delegation: string;
  /** "Armenia" where the list has little room (the attendance sheet). */
  delegationShort: string;
  name: string;
  title: string;
  role: string;
  /** Chairs and heads of delegation are named as such on the printed list. */
  leads: boolean;
}

export interface DelegationBlock {
  delegation: string;
  lines: ListLine[];
}

/** Who appears on printed lists: not those who declined, nor those absent or excused (a substitute shows them as "X (for Y)"). */
export function listed(rows: readonly ParticipantView[]): ParticipantView[] {
  return rows.filter(
    (r) => r.participant.invitation !== 'declined' && r.participant.attendance !== 'absent' && r.participant.attendance !== 'excused',
  );
}

export function listLines(detail: SessionParticipants, lang: Lang): ListLine[] {
  return listed(detail.rows).map((row, i) => {
    const name = row.person ? formalName(row.person, lang) : participantName(undefined, undefined, lang);
    return {
      number: i + 1,
      delegation: row.party ? pickText(row.party.name, lang) : '',
      delegationShort: row.party ? pickText(row.party.short, lang) : '',
      name: row.represents ? m.participants_for({ name, represented: personName(row.represents.names, lang) }, o(lang)) : name,
      title: pickText(row.title, lang),
      role: roleName(row.participant.role, lang),
      leads: row.participant.role === 'chair' || row.participant.role === 'head',
    };
  });
}

/** The bilingual fields a printed list shows, named in the UI language (for the print preview's notice). */
export function listFields(detail: SessionParticipants, uiLang: Lang): PrintedField<string>[] {
  return [
    { label: m.print_fallback_title(), text: detail.session.title },
    { label: m.print_fallback_city(), text: detail.session.venue.city },
    ...listed(detail.rows).flatMap((row) => {
      const name = row.person ? personName(row.person.names, uiLang) : '';
      return [
        { label: m.print_fallback_delegation(), text: row.party?.name },
        ...(row.person ? [{ label: m.print_fallback_person(), text: namesText(row.person.names) }] : []),
        ...(row.represents ? [{ label: m.print_fallback_person(), text: namesText(row.represents.names) }] : []),
        { label: m.print_fallback_seat_title({ name }), text: row.title },
      ];
    }),
  ];
}

export function byDelegation(lines: readonly ListLine[]): DelegationBlock[] {
  const blocks: DelegationBlock[] = [];
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    if (last && last.delegation === line.delegation) last.lines.push(line);
    else blocks.push({ delegation: line.delegation, lines: [line] });
  }
  return blocks;
}

export function sessionSubtitle(detail: SessionParticipants, lang: Lang): string {
  const when = sessionWhen(detail.session, lang);
  return [pickText(detail.session.title, lang), when.dates, pickText(detail.session.venue.city, lang)].filter(Boolean).join(', ');
}

function letterhead(chairmanship: ChairmanshipView, lang: Lang): string[] {
  return [
    pickText(chairmanship.organization.name, lang),
    m.chairmanship_of({ state: pickText(chairmanship.chairState, lang), year: chairmanship.year }, { locale: lang }),
  ];
}

export function participantsDocx(detail: SessionParticipants, chairmanship: ChairmanshipView, lang: Lang): DocxDocument {
  return {
    letterhead: letterhead(chairmanship, lang),
    title: m.participants_list_title({}, o(lang)),
    subtitle: sessionSubtitle(detail, lang),
    sections: byDelegation(listLines(detail, lang)).map((block) => ({
      heading: block.delegation,
      table: {
        header: [m.participants_col_name({}, o(lang)), m.participants_col_title({}, o(lang)), m.participants_col_role({}, o(lang))],
        rows: block.lines.map((l) => [l.name, l.title, l.role]),
        widths: [3, 4, 2],
      },
    })),
    language: lang === 'ru' ? 'ru-RU' : 'en-GB',
    pageLabel: m.participants_page_label({ page: '{page}', pages: '{pages}' }, o(lang)),
  };
}

export function attendanceSheetHeader(lang: Lang): string[] {
  return [
    m.participants_col_number({}, o(lang)),
    m.participants_col_delegation({}, o(lang)),
    m.participants_col_name({}, o(lang)),
    m.participants_col_title({}, o(lang)),
    m.participants_col_signature({}, o(lang)),
  ];
}

export function attendanceSheetDocx(detail: SessionParticipants, chairmanship: ChairmanshipView, lang: Lang): DocxDocument {
  return {
    letterhead: letterhead(chairmanship, lang),
    title: m.attendance_sheet_title({}, o(lang)),
    subtitle: sessionSubtitle(detail, lang),
    sections: [
      {
        table: {
          header: attendanceSheetHeader(lang),
          rows: listLines(detail, lang).map((l) => [String(l.number), l.delegationShort, l.name, l.title, '']),
          widths: [1, 2, 5, 5, 4],
        },
      },
    ],
    language: lang === 'ru' ? 'ru-RU' : 'en-GB',
    pageLabel: m.participants_page_label({ page: '{page}', pages: '{pages}' }, o(lang)),
  };
}

/** The list as one table (XLSX sheet or CSV). */
export function participantsSheet(detail: SessionParticipants, lang: Lang): XlsxSheet {
  return {
    name: m.participants_list_title({}, o(lang)),
    header: [
      m.participants_col_number({}, o(lang)),
      m.participants_col_delegation({}, o(lang)),
      m.participants_col_name({}, o(lang)),
      m.participants_col_title({}, o(lang)),
      m.participants_col_role({}, o(lang)),
    ],
    rows: listLines(detail, lang).map((l) => [l.number, l.delegation, l.name, l.title, l.role]),
    widths: [6, 30, 40, 50, 22],
  };
}
