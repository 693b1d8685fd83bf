// The schedule in and out of files: ICS export (the year, the filtered list, one session)
// and ICS import (read and preview first, then one strict-durability transaction).
import { store } from '../db';
import { nextVersion } from '../db/table-repository';
import { dayRangeUtc } from '../domain/time';
import type { IcsRead, IcsReadOptions } from '../io/ics-import';
import { ImportError } from '../io/import-error';
import type { IcsJob, IcsJobResult } from '../workers/ics.worker';
import type { IcsReadJob, IcsReadResult } from '../workers/ics-read.worker';
import { runWorker, WorkerTimeoutError } from '../workers/run';
import { pickText, type Lang } from '../domain/text';
import type { ChairmanshipView, Person, Session } from '../domain/types';
import { readIcsData } from '../db/schedule-read-models';
import type { Invitation } from '../io/ics-export';
import { planIcsImport, type PlanRow } from '../io/ics-import-preview';
import { calendarAddress } from '../io/ics-shared';
import { IcsUnsafeValueError } from '../io/ics-writer';
import { m } from '../presentation/i18n';
import { platform } from '../platform';
import { toasts } from '../state/toasts.svelte';
import { fileSlug, saveExport } from './files';
import { takeSnapshot } from '../backup/actions/snapshots';

export function chairmanshipTitle(c: ChairmanshipView, lang: Lang): string {
  const org = pickText(c.organization.acronym, lang) || pickText(c.organization.name, lang);
  return `${org} · ${m.chairmanship_of({ state: pickText(c.chairState, lang), year: c.year }, { locale: lang })}`;
}

/** The secretariat's e-mail address, given in the invitations dialog: the organizer of invitations and of published calendars. */
const SECRETARIAT_EMAIL = 'secretariatEmail';
const isString = (value: unknown): value is string => typeof value === 'string';

export function secretariatEmail(): Promise<string> {
  return store().settings.get(SECRETARIAT_EMAIL, '', isString);
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
    organizer: { name: chairmanshipTitle(chairmanship, lang), ...(await organizerEmail()) },
  };
  const worker = new Worker(new URL('../workers/ics.worker.ts', import.meta.url), { type: 'module' });
  const result = await runWorker<IcsJobResult>(worker, job);
  if (!result.ok) throw result.unsafe ? new IcsUnsafeValueError(result.unsafe) : new Error(result.message);
  return result.bytes;
}

async function organizerEmail(): Promise<{ email?: string }> {
  const email = calendarAddress(await secretariatEmail());
  return email ? { email } : {};
}

/** Who an invitation to the session would reach, and who has no usable address. */
export async function invitees(session: Session): Promise<{ invited: Person[]; leftOut: Person[] }> {
  const participants = await store().db.participants.where('sessionId').equals(session.id).toArray();
  const persons = await store().persons.getMany(participants.map((p) => p.personId));
  return {
    invited: persons.filter((p) => calendarAddress(p.email)),
    leftOut: persons.filter((p) => !calendarAddress(p.email)),
  };
}

/** Saves the invitations to one session (METHOD:REQUEST) from the secretariat's address, and remembers the address. */
export async function exportInvitations(
  session: Session,
  chairmanship: ChairmanshipView,
  lang: Lang,
  organizer: string,
  name: string,
): Promise<Invitation> {
  const { sessionInvitation } = await import('../io/ics-export');
  await store().settings.set(SECRETARIAT_EMAIL, organizer.trim());
  const data = await readIcsData(store(), [session]);
  const invitation = sessionInvitation(session, {
    ...data,
    lang,
    calendarName: chairmanshipTitle(chairmanship, lang),
    organizer: { name: chairmanshipTitle(chairmanship, lang), email: organizer },
    participants: data.participants.get(session.id) ?? [],
  });
  if (invitation.text)
    await saveExport(`${fileSlug(`${name}-${m.file_name_invitations({}, { locale: lang })}`)}.ics`, 'ics', invitation.text);
  return invitation;
}

export async function exportIcs(sessions: readonly Session[], chairmanship: ChairmanshipView, lang: Lang, name: string): Promise<void> {
  await saveExport(`${fileSlug(name)}.ics`, 'ics', await buildIcs({ sessionIds: sessions.map((s) => s.id) }, chairmanship, lang));
}

/** The whole chairmanship year, with the Action Plan's deadlines as to-dos when asked. */
export async function exportYearIcs(chairmanship: ChairmanshipView, lang: Lang, name: string, withTodos = false): Promise<void> {
  const range = dayRangeUtc(chairmanship.firstDay, chairmanship.lastDay, chairmanship.homeTimeZone);
  await saveExport(`${fileSlug(name)}.ics`, 'ics', await buildIcs({ range }, chairmanship, lang, withTodos));
}

/** What the user decides in the preview of an ICS import. */
export interface IcsImportChoices {
  /** The body of events that name none. */
  fallbackBodyId: string | null;
  /** For each TZID the app does not know, the zone its times are in (the home zone until chosen). */
  zones: Record<string, string>;
  /** Every occurrence of repeating events (their first 100), not only those in the chairmanship year. */
  wholeSeries: boolean;
}

export const NO_CHOICES: IcsImportChoices = { fallbackBodyId: null, zones: {}, wholeSeries: false };

export interface IcsImportPreview {
  fileName: string;
  /** The chairmanship year, whose occurrences of repeating events are offered. */
  year: number;
  rows: PlanRow[];
  /** TZIDs of the file that name no zone the app knows. */
  unknownZones: string[];
  /** Plans again with the user's choices (reading the file again when the whole-series choice changes). */
  replan: (choices: IcsImportChoices) => Promise<IcsImportPreview>;
}

/** How long reading one calendar file may take before the reader is stopped and the user told. */
export const ICS_READ_TIME_LIMIT_MS = 15_000;

/** Reads a calendar in a worker (in place where there are none: the unit tests in Node). */
export async function readIcs(bytes: Uint8Array, options: IcsReadOptions): Promise<IcsRead> {
  if (typeof Worker === 'undefined') return (await import('../io/ics-import')).parseIcs(bytes, options);
  const worker = new Worker(new URL('../workers/ics-read.worker.ts', import.meta.url), { type: 'module' });
  let result: IcsReadResult;
  try {
    result = await runWorker<IcsReadResult>(worker, { bytes, options } satisfies IcsReadJob, ICS_READ_TIME_LIMIT_MS);
  } catch (error) {
    if (error instanceof WorkerTimeoutError) throw new ImportError('too-slow', undefined, `over ${error.limitMs} ms`);
    throw error;
  }
  if (!result.ok) throw new ImportError(result.code, result.row, result.detail);
  return result.read;
}

/** Asks for a file, reads it and plans the import; writes nothing. Null when cancelled. */
export async function previewIcsImport(chairmanship: ChairmanshipView): Promise<IcsImportPreview | null> {
  const file = await platform().openFile({ kind: 'ics' });
  if (!file) return null;
  return previewIcsBytes(file.name, file.bytes, chairmanship);
}

export async function previewIcsBytes(
  fileName: string,
  bytes: Uint8Array,
  chairmanship: ChairmanshipView,
  choices: IcsImportChoices = NO_CHOICES,
  known?: { read: IcsRead; wholeSeries: boolean },
): Promise<IcsImportPreview> {
  const read =
    known && known.wholeSeries === choices.wholeSeries
      ? known.read
      : await readIcs(bytes, {
          defaultZone: chairmanship.homeTimeZone,
          window: dayRangeUtc(chairmanship.firstDay, chairmanship.lastDay, chairmanship.homeTimeZone),
          wholeSeries: choices.wholeSeries,
        });
  const [existing, bodies] = await Promise.all([
    store()
      .db.sessions.where('icsUid')
      .anyOf(read.events.map((e) => e.uid).filter(Boolean))
      .toArray(),
    store().bodies.ofOrganization(chairmanship.organizationId),
  ]);
  return {
    fileName,
    year: chairmanship.year,
    rows: planIcsImport(read.events, existing, bodies, choices.fallbackBodyId, { zones: choices.zones, untitled: m.import_untitled() }),
    unknownZones: read.unknownZones,
    replan: (next) => previewIcsBytes(fileName, bytes, chairmanship, next, { read, wholeSeries: choices.wholeSeries }),
  };
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
