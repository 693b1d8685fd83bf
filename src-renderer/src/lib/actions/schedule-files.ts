// The schedule in and out of files: ICS export (the year, the filtered list, one session)
// and ICS import (read and preview first, then one strict-durability transaction).
import { store } from '../db';
import { readYearSessions } from '../db/read-models';
import { readIcsData } from '../db/schedule-read-models';
import { pickText, type Lang } from '../domain/text';
import type { Chairmanship, Session } from '../domain/types';
import { planIcsImport, type PlanRow } from '../io/ics-plan';
import { MAX_ICS_FILE_BYTES } from '../io/ics-shared';
import { m } from '../i18n';
import { platform } from '../platform';
import { toasts } from '../state/toasts.svelte';
import { fileSlug, saveExport } from './files';
import { takeSnapshot } from './snapshots';

export function chairmanshipTitle(c: Chairmanship, lang: Lang): string {
  const org = pickText(c.organization.acronym, lang) || pickText(c.organization.name, lang);
  return `${org} · ${m.chairmanship_of({ state: pickText(c.chairState, lang), year: c.year }, { locale: lang })}`;
}

export async function buildIcs(sessions: readonly Session[], chairmanship: Chairmanship, lang: Lang): Promise<string> {
  // The iCalendar libraries load only when a file is made or read.
  const [data, { sessionsToIcs }] = await Promise.all([readIcsData(store(), sessions), import('../io/ics-export')]);
  return sessionsToIcs(sessions, {
    ...data,
    lang,
    calendarName: chairmanshipTitle(chairmanship, lang),
    organizer: { name: chairmanshipTitle(chairmanship, lang) },
  });
}

/** The whole chairmanship year, read fresh from the database. */
export async function exportYearIcs(chairmanship: Chairmanship, lang: Lang, name: string): Promise<void> {
  const rows = await readYearSessions(store(), chairmanship);
  await exportIcs(
    rows.map((r) => r.session),
    chairmanship,
    lang,
    name,
  );
}

export async function exportIcs(sessions: readonly Session[], chairmanship: Chairmanship, lang: Lang, name: string): Promise<void> {
  await saveExport(`${fileSlug(name)}.ics`, 'ics', await buildIcs(sessions, chairmanship, lang));
}

export interface IcsImportPreview {
  fileName: string;
  rows: PlanRow[];
  /** Re-plans with a body for events that name none. */
  replan: (fallbackBodyId: string | null) => Promise<PlanRow[]>;
}

/** Asks for a file, reads it and plans the import; writes nothing. Null when cancelled. */
export async function previewIcsImport(chairmanship: Chairmanship): Promise<IcsImportPreview | null> {
  const file = await platform().openFile({
    filters: [{ name: 'iCalendar', extensions: ['ics', 'ical', 'ifb'] }],
    maxBytes: MAX_ICS_FILE_BYTES,
  });
  if (!file) return null;
  return previewIcsBytes(file.name, file.bytes, chairmanship);
}

export async function previewIcsBytes(fileName: string, bytes: Uint8Array, chairmanship: Chairmanship): Promise<IcsImportPreview> {
  const { parseIcs } = await import('../io/ics-import');
  const events = parseIcs(bytes, chairmanship.homeTimeZone);
  const replan = async (fallbackBodyId: string | null): Promise<PlanRow[]> => {
    const [existing, bodies] = await Promise.all([
      store()
        .db.sessions.where('icsUid')
        .anyOf(events.map((e) => e.uid).filter(Boolean))
        .toArray(),
      store().db.bodies.toArray(),
    ]);
    return planIcsImport(events, existing, bodies, fallbackBodyId);
  };
  return { fileName, rows: await replan(null), replan };
}

/** Writes the new and changed sessions of a preview, all or nothing, after a snapshot. */
export async function commitIcsImport(rows: readonly PlanRow[]): Promise<{ added: number; changed: number }> {
  await takeSnapshot('import');
  const { bulkDb } = store();
  const repo = store().sessions;
  let added = 0;
  let changed = 0;
  await bulkDb.transaction('rw', bulkDb.sessions, async () => {
    for (const row of rows) {
      if (row.kind === 'new') {
        const session = repo.build(row.input, undefined, { uid: row.event.uid, sequence: row.event.sequence });
        await bulkDb.sessions.add(session);
        added++;
      } else if (row.kind === 'changed') {
        const current = await bulkDb.sessions.get(row.session.id);
        if (!current || current.rev !== row.session.rev) throw new Error(`${row.session.id} changed during the import`);
        const next = repo.build({ ...current, ...row.patch }, current.id, {
          uid: current.icsUid,
          sequence: Math.max(current.icsSequence + 1, row.event.sequence),
        });
        await bulkDb.sessions.put({ ...next, createdAt: current.createdAt, rev: current.rev + 1 });
        changed++;
      }
    }
  });
  toasts.show(m.import_done({ added, changed }));
  return { added, changed };
}
