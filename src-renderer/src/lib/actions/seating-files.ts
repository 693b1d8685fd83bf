// The seating plan as an editable Word file (the docx package is loaded only here, on demand).
import { store } from '../db';
import { NotFoundError } from '../db/errors';
import { readChairmanship } from '../db/read-models';
import { readSeating } from '../db/seating-read-models';
import { pickText, type Lang } from '../domain/text';
import { datePart } from '../domain/time';
import { seatingDocx } from '../presentation/seating-documents';
import { app } from '../state/app.svelte';
import { writeDocx } from './documents';
import { fileSlug, saveExport } from './files';

export async function exportSeatingDocx(sessionId: string, lang: Lang): Promise<void> {
  const [view, chairmanship] = await Promise.all([
    readSeating(store(), sessionId),
    app.chairmanshipId ? readChairmanship(store(), app.chairmanshipId) : undefined,
  ]);
  if (!view?.plan) throw new NotFoundError('seatingPlans', sessionId);
  if (!chairmanship) throw new NotFoundError('chairmanships', app.chairmanshipId ?? '');
  const { session } = view.list;
  const name = `${fileSlug(`seating-plan-${lang}-${datePart(session.start)}-${pickText(session.title, lang)}`)}.docx`;
  await saveExport(name, 'docx', await writeDocx(seatingDocx(view, view.plan, chairmanship, lang)));
}
