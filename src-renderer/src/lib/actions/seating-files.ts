// The seating plan as an editable Word file (the docx package is loaded only here, on demand).
import { store } from '../db';
import { NotFoundError } from '../db/errors';
import { readChairmanship } from '../db/read-models';
import { readSeating } from '../db/seating-read-models';
import { pickText, type Lang } from '../domain/text';
import { datePart } from '../domain/time';
import { svgToPng } from '../platform/raster';
import { fallbackCount } from '../presentation/fallback-fields';
import { seatingDocx, seatingFields, seatingPicture } from '../presentation/seating-documents';
import { app } from '../state/app.svelte';
import { writeDocx } from './documents';
import { m } from '../presentation/i18n';
import { fileSlug, saveExport } from './files';

/** The plan as a Word file on A4 or A3 landscape: the drawing (SVG, with a PNG for older readers), then the places. */
export async function exportSeatingDocx(sessionId: string, lang: Lang, paper: 'A4' | 'A3' = 'A4'): Promise<void> {
  const [view, chairmanship] = await Promise.all([
    readSeating(store(), sessionId),
    app.chairmanshipId ? readChairmanship(store(), app.chairmanshipId) : undefined,
  ]);
  if (!view?.plan) throw new NotFoundError('seatingPlans', sessionId);
  if (!chairmanship) throw new NotFoundError('chairmanships', app.chairmanshipId ?? '');
  const { session } = view.list;
  const name = `${fileSlug(`${m.file_name_seating_plan({}, { locale: lang })}-${datePart(session.start)}-${pickText(session.title, lang)}`)}.docx`;
  const picture = seatingPicture(view, view.plan, lang);
  const image = { ...picture, png: await svgToPng(picture.svg, picture.width, picture.height) };
  const fallbacks = { lang, count: fallbackCount(chairmanship, seatingFields(view), lang) };
  await saveExport(name, 'docx', await writeDocx(seatingDocx(view, view.plan, chairmanship, lang, { image, paper })), fallbacks);
}
