// The journal of a session in a document language: what the print view shows and the Word
// file holds (when the session opened, was suspended, resumed and closed, in venue time; who
// chaired; per agenda item who spoke, which documents were introduced, and notes; the decisions
// adopted), and the fields it prints in the other language.
import type { SessionDetail } from '../db/read-models';
import { formatDate, zoneName } from '../domain/format';
import { journalDuration, sortedEvents } from '../domain/journal';
import { personName, pickText, type Lang, type PrintedField } from '../domain/text';
import type { AgendaItem, ChairmanshipView, OutcomeDocument, Person, SessionJournal } from '../domain/types';
import type { DocxDocument, DocxSection } from '../io/docx';
import { documentKindName } from './action-plan-labels';
import { documentReference, documentStatus } from './decision-labels';
import { m } from './i18n';
import { journalEventLabel, minutesText } from './journal-labels';

export interface JournalSource {
  detail: SessionDetail;
  agenda: readonly AgendaItem[];
  journal: SessionJournal | null;
  persons: ReadonlyMap<string, Person>;
}

/** A document as the journal names it: its reference (or its kind) and its title. */
export function journalDocName(detail: SessionDetail, doc: OutcomeDocument, lang: Lang): string {
  const body = detail.bodies.find((b) => b.id === doc.bodyId);
  const reference = documentReference(doc, body, detail.session.start.slice(0, 10), lang);
  return `${reference || documentKindName(doc.kind, lang)}: ${pickText(doc.title, lang)}`;
}

export function journalNames(persons: ReadonlyMap<string, Person>, ids: readonly string[], lang: Lang): string {
  return ids
    .flatMap((id) => persons.get(id) ?? [])
    .map((p) => personName(p.names, lang))
    .join(', ');
}

/** The documents adopted at the session, by number (then by date), as the journal lists them. */
export function journalAdopted(detail: SessionDetail): OutcomeDocument[] {
  return detail.documents
    .filter((d) => documentStatus(d) === 'adopted')
    .sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || (a.adoptedOn ?? '').localeCompare(b.adoptedOn ?? ''));
}

export function journalSubtitle(detail: SessionDetail, lang: Lang): string {
  return `${pickText(detail.session.title, lang)} · ${formatDate(detail.session.start.slice(0, 10), lang)}`;
}

/** The bilingual fields the journal prints: the session's title, each item's title and notes, the documents' titles. */
export function journalFields(src: Omit<JournalSource, 'persons'>): PrintedField<string>[] {
  return [
    { label: m.print_fallback_title(), text: src.detail.session.title },
    ...src.agenda.flatMap((item, i) => [
      { label: m.print_fallback_agenda_title({ number: i + 1 }), text: item.title },
      { label: m.print_fallback_agenda_notes({ number: i + 1 }), text: src.journal?.items.find((r) => r.agendaItemId === item.id)?.notes },
    ]),
    ...src.detail.documents.map((doc, i) => ({ label: m.paperwork_fallback_document({ number: i + 1 }), text: doc.title })),
  ];
}

/** The journal as a Word document, in the print view's order. */
export function journalDocx(src: JournalSource, chairmanship: ChairmanshipView, lang: Lang): DocxDocument {
  const o = { locale: lang };
  const { detail, journal: j } = src;
  const { session } = detail;
  const names = (ids: readonly string[]): string => journalNames(src.persons, ids, lang) || '—';
  const docName = (doc: OutcomeDocument): string => journalDocName(detail, doc, lang);
  const sections: DocxSection[] = [{ paragraphs: [m.journal_times_in({ zone: zoneName(session.timeZone, lang) }, o)] }];
  if (!j) sections.push({ paragraphs: [m.journal_empty({}, o)] });
  else {
    const duration = journalDuration(j.events, session.timeZone);
    sections.push({
      heading: m.journal_events({}, o),
      paragraphs: [
        ...sortedEvents(j.events).map(
          (e) => `${journalEventLabel(e.kind, lang)}: ${formatDate(e.at.slice(0, 10), lang)}, ${e.at.slice(11, 16)}`,
        ),
        ...(duration.totalMinutes != null
          ? [
              m.journal_duration(
                { total: minutesText(duration.totalMinutes, lang), sitting: minutesText(duration.sittingMinutes ?? 0, lang) },
                o,
              ),
            ]
          : []),
        `${m.journal_chaired({ count: Math.max(1, j.chairPersonIds.length) }, o)}: ${names(j.chairPersonIds)}`,
      ],
    });
    src.agenda.forEach((item, i) => {
      const record = j.items.find((r) => r.agendaItemId === item.id);
      const docs = (record?.documentIds ?? []).flatMap((id) => detail.documents.find((d) => d.id === id) ?? []);
      const notes = record?.notes ? pickText(record.notes, lang) : '';
      sections.push({
        heading: i === 0 ? m.journal_items({}, o) : undefined,
        paragraphs: [
          `${i + 1}. ${pickText(item.title, lang)}`,
          `${m.journal_speakers({}, o)}: ${record ? names(record.speakerIds) : '—'}`,
          `${m.journal_documents({}, o)}: ${docs.map(docName).join('; ') || '—'}`,
          ...(notes ? [notes] : []),
        ],
      });
    });
  }
  const adopted = journalAdopted(detail);
  sections.push({ heading: m.journal_adopted({}, o), paragraphs: adopted.length ? adopted.map(docName) : [m.journal_adopted_none({}, o)] });
  return {
    letterhead: [
      pickText(chairmanship.organization.name, lang),
      m.chairmanship_of({ state: pickText(chairmanship.chairState, lang), year: chairmanship.year }, o),
    ],
    title: m.journal_print_title({}, o),
    subtitle: journalSubtitle(detail, lang),
    sections,
    language: lang === 'ru' ? 'ru-RU' : 'en-GB',
    pageLabel: m.participants_page_label({ page: '{page}', pages: '{pages}' }, o),
  };
}
