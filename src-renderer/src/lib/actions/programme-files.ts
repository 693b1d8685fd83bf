// The year programme as DOCX and XLSX files, in the document language chosen.
import { store } from '../db';
import { readYearSessions } from '../db/read-models';
import { pickText, type Lang } from '../domain/text';
import type { ChairmanshipView } from '../domain/types';
import { fallbackCount } from '../presentation/fallback-fields';
import { programmeDocx, programmeFields, programmeSheet } from '../presentation/programme-documents';
import { writeDocx, writeXlsx } from './documents';
import { m } from '../presentation/i18n';
import { fileSlug, saveExport } from './files';

export async function exportProgramme(chairmanship: ChairmanshipView, format: 'docx' | 'xlsx', lang: Lang): Promise<void> {
  const rows = await readYearSessions(store(), chairmanship);
  const org = pickText(chairmanship.organization.acronym, lang) || pickText(chairmanship.organization.name, lang);
  const name = `${fileSlug(`${m.file_name_programme({}, { locale: lang })}-${org}-${chairmanship.year}`)}.${format}`;
  // The Word file has the letterhead; the spreadsheet, the sessions only.
  const fallbacks = {
    lang,
    count: fallbackCount(format === 'docx' ? chairmanship : undefined, programmeFields(rows, lang, { place: false }), lang),
  };
  if (format === 'docx') await saveExport(name, 'docx', await writeDocx(programmeDocx(rows, chairmanship, lang)), fallbacks);
  else await saveExport(name, 'xlsx', await writeXlsx([programmeSheet(rows, chairmanship, lang)]), fallbacks);
}
