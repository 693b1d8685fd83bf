// The journal of a session as an editable Word file (the docx package is loaded only then).
import { store } from '../db';
import { NotFoundError } from '../db/errors';
import { readChairmanship, readSessionDetail } from '../db/read-models';
import { pickText, type Lang } from '../domain/text';
import { datePart } from '../domain/time';
import { fallbackCount } from '../presentation/fallback-fields';
import { journalDocx, journalFields } from '../presentation/journal-document';
import { app } from '../state/app.svelte';
import { writeDocx } from './documents';
import { m } from '../presentation/i18n';
import { fileSlug, saveExport } from './files';

export async function exportJournalDocx(sessionId: string, lang: Lang): Promise<void> {
  const s = store();
  const [detail, agenda, journal, persons, chairmanship] = await Promise.all([
    readSessionDetail(s, sessionId),
    s.agenda.forSession(sessionId),
    s.journals.ofSession(sessionId),
    app.organizationId ? s.persons.ofOrganization(app.organizationId) : s.persons.toArray(),
    app.chairmanshipId ? readChairmanship(s, app.chairmanshipId) : undefined,
  ]);
  if (!detail) throw new NotFoundError('sessions', sessionId);
  if (!chairmanship) throw new NotFoundError('chairmanships', app.chairmanshipId ?? '');
  const source = { detail, agenda, journal: journal ?? null, persons: new Map(persons.map((p) => [p.id, p])) };
  const name = `${fileSlug(`${m.file_name_journal({}, { locale: lang })}-${datePart(detail.session.start)}-${pickText(detail.session.title, lang)}`)}.docx`;
  const fallbacks = { lang, count: fallbackCount(chairmanship, journalFields(source), lang) };
  await saveExport(name, 'docx', await writeDocx(journalDocx(source, chairmanship, lang)), fallbacks);
}
