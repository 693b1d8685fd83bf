// The list of participants and the attendance sheet as editable files: DOCX (the docx
// package is loaded only here, on demand), XLSX and CSV.
import { store } from '../db';
import { NotFoundError } from '../db/errors';
import { readSessionParticipants } from '../db/people-read-models';
import { readChairmanship } from '../db/read-models';
import { datePart } from '../domain/time';
import type { Lang } from '../domain/text';
import { pickText } from '../domain/text';
import { toCsv, type Delimiter } from '../io/csv';
// io/docx loads the docx package itself, only when a document is made.
import { fallbackCount } from '../presentation/fallback-fields';
import { attendanceSheetDocx, listFields, participantsDocx, participantsSheet } from '../presentation/participant-documents';
import { locale } from '../state/locale.svelte';
import { app } from '../state/app.svelte';
import { m } from '../presentation/i18n';
import { fileSlug, saveExport } from './files';
import { writeDocx, writeXlsx } from './documents';
import { plainValue } from '../io/xlsx-values';

async function load(sessionId: string) {
  const [detail, chairmanship] = await Promise.all([
    readSessionParticipants(store(), sessionId),
    app.chairmanshipId ? readChairmanship(store(), app.chairmanshipId) : undefined,
  ]);
  if (!detail) throw new NotFoundError('sessions', sessionId);
  if (!chairmanship) throw new NotFoundError('chairmanships', app.chairmanshipId ?? '');
  return { detail, chairmanship };
}

/** "participants-2019-05-21-meeting-of-…", "список-участников-2019-05-21-заседание-…": the document's words, in its language. */
function baseName(kind: string, detail: { session: { start: string; title: { en: string; ru: string } } }, lang: Lang): string {
  return fileSlug(`${kind}-${datePart(detail.session.start)}-${pickText(detail.session.title, lang)}`);
}

export type ListFormat = 'docx' | 'xlsx' | 'csv';

export async function exportParticipantsList(sessionId: string, format: ListFormat, lang: Lang, delimiter: Delimiter = ','): Promise<void> {
  const { detail, chairmanship } = await load(sessionId);
  const name = `${baseName(m.file_name_participants({}, { locale: lang }), detail, lang)}.${format}`;
  if (format === 'docx') {
    const fallbacks = { lang, count: fallbackCount(chairmanship, listFields(detail, locale.lang), lang) };
    await saveExport(name, 'docx', await writeDocx(participantsDocx(detail, chairmanship, lang)), fallbacks);
    return;
  }
  // The spreadsheet has no letterhead.
  const fallbacks = { lang, count: fallbackCount(undefined, listFields(detail, locale.lang), lang) };
  const sheet = participantsSheet(detail, lang);
  if (format === 'xlsx') await saveExport(name, 'xlsx', await writeXlsx([sheet]), fallbacks);
  else
    await saveExport(
      name,
      'csv',
      toCsv(
        sheet.header,
        sheet.rows.map((r) => r.map(plainValue)),
        delimiter,
      ),
      fallbacks,
    );
}

export async function exportAttendanceSheet(sessionId: string, lang: Lang): Promise<void> {
  const { detail, chairmanship } = await load(sessionId);
  await saveExport(
    `${baseName(m.file_name_attendance_sheet({}, { locale: lang }), detail, lang)}.docx`,
    'docx',
    await writeDocx(attendanceSheetDocx(detail, chairmanship, lang)),
    { lang, count: fallbackCount(chairmanship, listFields(detail, locale.lang), lang) },
  );
}
