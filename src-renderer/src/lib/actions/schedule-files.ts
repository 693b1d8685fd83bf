// The schedule in and out of files: ICS export (the year, the filtered list, one session)
// and ICS import (read and preview first, then one strict-durability transaction).
import { store } from '../db';
import { nextVersion } from '../db/table-repository';
import { dayRangeUtc } from '../domain/time';
import type { IcsJob, IcsJobResult } from '../workers/ics.worker';
import { runWorker } from '../workers/run';
import { pickText, type Lang } from '../domain/text';
import type { ChairmanshipView, Session } from '../domain/types';
import { planIcsImport, type PlanRow } from '../io/ics-plan';
import { m } from '../i18n';
import { platform } from '../platform';
import { toasts } from '../state/toasts.svelte';
import { fileSlug, saveExport } from './files';
import { takeSnapshot } from './snapshots';

export function chairmanshipTitle(c: ChairmanshipView, lang: Lang): string {
  const org = pickText(c.organization.acronym, lang) || pickText(c.organization.name, lang);
  return `${org} · ${m.chairmanship_of({ state: pickText(c.chairState, lang), year: c.year }, { locale: lang })}`;
}

/** Builds the ICS file (UTF-8) in a worker that reads the database itself (no main-thread work). */
export async function buildIcs(
  target: { sessionIds: string[] } | { range: { from: string; to: string } },
  chairmanship: ChairmanshipView,
  lang: Lang,
  withTodos = false,
): Promise<Uint8Array> {
  const job: IcsJob = {
    databaseName: store().db.name,
    ...target,
    ...(withTodos ? { todosOf: chairmanship.id } : {}),
    lang,
    calendarName: chairmanshipTitle(chairmanship, lang),
    organizer: { name: chairmanshipTitle(chairmanship, lang) },
  };
  const worker = new Worker(new URL('../workers/ics.worker.ts', import.meta.url), { type: 'module' });
  const result = await runWorker<IcsJobResult>(worker, job);
  if (!result.ok) throw new Error(result.message);
  return result.bytes;
}

export async function exportIcs(sessions: readonly Session[], chairmanship: ChairmanshipView, lang: Lang, name: string): Promise<void> {
  await saveExport(`${fileSlug(name)}.ics`, 'ics', await buildIcs({ sessionIds: sessions.map((s) => s.id) }, chairmanship, lang));
}

/** The whole chairmanship year, with the Action Plan's deadlines as to-dos when asked. */
export async function exportYearIcs(chairmanship: ChairmanshipView, lang: Lang, name: string, withTodos = false): Promise<void> {
  const range = dayRangeUtc(chairmanship.firstDay, chairmanship.lastDay, chairmanship.homeTimeZone);
  await saveExport(`${fileSlug(name)}.ics`, 'ics', await buildIcs({ range }, chairmanship, lang, withTodos));
}

export interface IcsImportPreview {
  fileName: string;
  rows: PlanRow[];
  /** Re-plans with a body for events that name none. */
  replan: (fallbackBodyId: string | null) => Promise<PlanRow[]>;
}

/** Asks for a file, reads it and plans the import; writes nothing. Null when cancelled. */
export async function previewIcsImport(chairmanship: ChairmanshipView): Promise<IcsImportPreview | null> {
  const file = await platform().openFile({ kind: 'ics' });
  if (!file) return null;
  return previewIcsBytes(file.name, file.bytes, chairmanship);
}

export async function previewIcsBytes(fileName: string, bytes: Uint8Array, chairmanship: ChairmanshipView): Promise<IcsImportPreview> {
  const { parseIcs } = await import('../io/ics-import');
  const events = parseIcs(bytes, chairmanship.homeTimeZone);
  const replan = async (fallbackBodyId: string | null): Promise<PlanRow[]> => {
    const [existing, bodies] = await Promise.all([
      store()
        .db.sessions.where('icsUid')
        .anyOf(events.map((e) => e.uid).filter(Boolean))
        .toArray(),
      store().bodies.ofOrganization(chairmanship.organizationId),
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
        await bulkDb.sessions.put(nextVersion(bulkDb, current, next, new Date()));
        changed++;
      }
    }
  });
  toasts.show(m.import_done({ added, changed }));
  return { added, changed };
}
