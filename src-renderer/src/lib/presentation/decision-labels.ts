// Words of the register of decisions, in the UI language or (for printed and exported
// documents) in the document's language: references ("CFM Decision No. 3/2015", "Решение
// СМИД № 3/2015") and statuses.
import { documentStatus, registerYear, type ReferenceParts } from '../domain/decisions';
import { pickText, type Lang } from '../domain/text';
import type { Body, DocumentKind, DocumentStatus, OutcomeDocument } from '../domain/types';
import { m } from './i18n';

type Options = { locale: Lang } | Record<string, never>;
const opts = (lang?: Lang): Options => (lang ? { locale: lang } : {});

/** A reference written from its parts, in the word order of the document's language. */
export function referenceText(kind: DocumentKind, parts: ReferenceParts, lang?: Lang): string {
  const values = { acronym: parts.acronym, number: String(parts.number), year: String(parts.year) };
  const o = opts(lang);
  switch (kind) {
    case 'decision':
      return m.ref_decision(values, o);
    case 'statement':
      return m.ref_statement(values, o);
    case 'declaration':
      return m.ref_declaration(values, o);
    case 'protocol':
      return m.ref_protocol(values, o);
    case 'report':
      return m.ref_report(values, o);
  }
}

/**
 * An entry's reference: the one typed in, else built from its body's acronym (in the
 * document's language), its number and its year; empty when it has neither.
 */
export function documentReference(
  doc: Pick<OutcomeDocument, 'kind' | 'reference' | 'number' | 'adoptedOn'>,
  body: Pick<Body, 'acronym'> | undefined,
  sessionDate: string,
  lang: Lang,
): string {
  if (doc.reference?.trim()) return doc.reference.trim();
  if (!body || doc.number === undefined) return '';
  return referenceText(doc.kind, { acronym: pickText(body.acronym, lang), number: doc.number, year: registerYear(doc, sessionDate) }, lang);
}

export function documentStatusLabel(status: DocumentStatus, lang?: Lang): string {
  const o = opts(lang);
  switch (status) {
    case 'draft':
      return m.decision_status_draft({}, o);
    case 'adopted':
      return m.decision_status_adopted({}, o);
    case 'withdrawn':
      return m.decision_status_withdrawn({}, o);
  }
}

export { documentStatus };
