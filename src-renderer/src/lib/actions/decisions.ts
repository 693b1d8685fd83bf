// Use cases of the register of decisions and the session journal: write entries, withdraw
// them, close an Action Plan item with one, save a journal, export the register. Inputs are
// plain data (the screens take `$state.snapshot` first).
import { TEXT_LIMIT } from '../domain/text-limits';
import { documentKindName } from '../presentation/action-plan-labels';
import { documentReference, documentStatus, documentStatusLabel } from '../presentation/decision-labels';
import { store } from '../db';
import { ValidationError } from '../db/errors';
import type { DocumentInput } from '../db/documents';
import type { JournalInput } from '../db/journals';
import { readRegister, type RegisterEntry } from '../db/register-read-models';
import { formatDate } from '../domain/format';
import { inBoth, pickText, type Lang } from '../domain/text';
import type { ChairmanshipView, OutcomeDocument, SessionJournal } from '../domain/types';
import { m } from '../presentation/i18n';
import { fallbackCount, registerFields } from '../presentation/fallback-fields';
import { registerDocx, registerSheet, type RegisterLabels, type RegisterRow } from '../io/register';
import { locale } from '../state/locale.svelte';
import { toasts } from '../state/toasts.svelte';
import { writeDocx, writeXlsx } from './documents';
import { fileSlug, saveExport } from './files';
import { handleError } from './handle-error';

/** What each refused field of an entry's form says, keyed by the form's field. */
export function entryErrors(error: unknown): Record<string, string> | null {
  if (!(error instanceof ValidationError)) return null;
  const found: readonly { field: string; code: string }[] = error.errors;
  const out: Record<string, string> = {};
  for (const { field, code } of found) {
    if (field === 'title' && code === 'too-long') out.title = m.error_too_long({ max: TEXT_LIMIT });
    else if (field === 'title') out.title = m.register_error_title();
    else if (field === 'number' && code === 'duplicate-number') out.number = m.register_error_number_taken();
    else if (field === 'number') out.number = m.register_error_number();
    else if (field === 'bodyId') out.bodyId = m.register_error_body();
    else if (field === 'adoptedOn' && code === 'required-when-adopted') out.adoptedOn = m.register_error_adopted_date();
    else if (field === 'adoptedOn') out.adoptedOn = m.register_error_date();
    else out[field] = m.error_validation();
  }
  return out;
}

export async function saveRegisterEntry(base: OutcomeDocument | null, input: DocumentInput): Promise<OutcomeDocument> {
  const saved = await store().documents.saveEntry(base, input);
  toasts.show(base ? m.register_saved() : m.register_added());
  return saved;
}

export async function withdrawRegisterEntry(doc: OutcomeDocument): Promise<void> {
  const { renumbered } = await store().documents.withdraw(doc);
  toasts.show(renumbered ? m.register_withdrawn_renumbered({ count: renumbered }) : m.register_withdrawn());
}

/** The entry's reference, or its kind and title where it has none, in the UI language. */
export function entryName(entry: RegisterEntry, lang: Lang = locale.lang): string {
  const reference = documentReference(entry.document, entry.body, entry.session.start.slice(0, 10), lang);
  const title = pickText(entry.document.title, lang);
  return reference ? `${reference}: ${title}` : `${documentKindName(entry.document.kind, lang)}: ${title}`;
}

export async function closeItemWithEntry(itemId: string, entry: RegisterEntry): Promise<void> {
  await store().documents.closeItem(
    itemId,
    entry.document.id,
    inBoth((lang) => m.register_close_note({ document: entryName(entry, lang) }, { locale: lang })),
  );
  toasts.show(m.register_item_closed());
}

export async function saveJournal(sessionId: string, base: SessionJournal | null, input: JournalInput): Promise<SessionJournal> {
  const saved = await store().journals.save(sessionId, base, input);
  toasts.show(m.journal_saved());
  return saved;
}

export interface RegisterFilter {
  bodyId?: string;
  status?: string;
}

export function filterEntries(entries: readonly RegisterEntry[], filter: RegisterFilter): RegisterEntry[] {
  return entries.filter(
    (e) => (!filter.bodyId || e.document.bodyId === filter.bodyId) && (!filter.status || documentStatus(e.document) === filter.status),
  );
}

function sessionLabel(entry: RegisterEntry, lang: Lang): string {
  return `${pickText(entry.session.title, lang)}, ${formatDate(entry.session.start.slice(0, 10), lang)}`;
}

export function registerRows(entries: readonly RegisterEntry[], lang: Lang): RegisterRow[] {
  return entries.map((entry) => ({
    reference: documentReference(entry.document, entry.body, entry.session.start.slice(0, 10), lang),
    title: pickText(entry.document.title, lang),
    kind: documentKindName(entry.document.kind, lang),
    body: entry.body ? pickText(entry.body.acronym, lang) || pickText(entry.body.name, lang) : '',
    session: sessionLabel(entry, lang),
    ...(entry.document.adoptedOn ? { adoptedOn: entry.document.adoptedOn } : {}),
    adoptedText: entry.document.adoptedOn ? formatDate(entry.document.adoptedOn, lang) : '',
    status: documentStatusLabel(documentStatus(entry.document), lang),
  }));
}

function registerLabels(chairmanship: ChairmanshipView, lang: Lang): RegisterLabels {
  const o = { locale: lang };
  return {
    sheet: m.register_title({}, o),
    title: m.register_title({}, o),
    columns: [
      m.register_col_reference({}, o),
      m.register_col_title({}, o),
      m.register_col_kind({}, o),
      m.register_col_body({}, o),
      m.register_col_session({}, o),
      m.register_col_adopted({}, o),
      m.register_col_status({}, o),
    ],
    letterhead: [
      pickText(chairmanship.organization.name, lang),
      m.chairmanship_of({ state: pickText(chairmanship.chairState, lang), year: chairmanship.year }, o),
    ],
    language: lang === 'ru' ? 'ru-RU' : 'en-GB',
    pageLabel: m.register_page_label({ page: '{page}', pages: '{pages}' }, o),
  };
}

/** Saves the register (as filtered on screen) as XLSX or DOCX in the document language. */
export async function exportRegister(
  chairmanship: ChairmanshipView,
  format: 'xlsx' | 'docx',
  lang: Lang,
  filter: RegisterFilter,
): Promise<void> {
  try {
    const data = await readRegister(store(), chairmanship);
    const entries = filterEntries(data.entries, filter);
    const rows = registerRows(entries, lang);
    // The Word file has the letterhead, the spreadsheet not.
    const fallbacks = { lang, count: fallbackCount(format === 'docx' ? chairmanship : undefined, registerFields(entries), lang) };
    const labels = registerLabels(chairmanship, lang);
    const name = `${fileSlug(m.register_title({}, { locale: lang }))}-${chairmanship.year}.${format}`;
    if (format === 'xlsx') await saveExport(name, 'xlsx', await writeXlsx([registerSheet(rows, labels)]), fallbacks);
    else await saveExport(name, 'docx', await writeDocx(registerDocx(rows, labels)), fallbacks);
  } catch (error) {
    handleError(error);
  }
}
