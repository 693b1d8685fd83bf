// The attendance matrix of a year as an Excel workbook: one sheet by member state, one by person.
import { attendanceReport, attendanceSheet } from '../presentation/attendance-report';
import { store } from '../db';
import { readAttendance } from '../db/people-read-models';
import type { Lang } from '../domain/text';
import type { Chairmanship } from '../domain/types';
import { m } from '../presentation/i18n';
import { fileSlug, saveExport } from './files';
import { writeXlsx } from './documents';

export async function exportAttendanceMatrix(chairmanship: Chairmanship, lang: Lang): Promise<void> {
  const data = await readAttendance(store(), chairmanship);
  const sheets = (['parties', 'persons'] as const).map((axis) => attendanceSheet(attendanceReport(data, axis, lang), lang));
  const name = `${fileSlug(`${m.attendance_report_file_name({}, { locale: lang })}-${chairmanship.year}`)}.xlsx`;
  await saveExport(name, 'xlsx', await writeXlsx(sheets));
}
