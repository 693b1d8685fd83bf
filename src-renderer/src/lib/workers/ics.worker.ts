// Builds an ICS file off the main thread: the worker reads the sessions and everything the
// file mentions straight from IndexedDB (Dexie works in workers), so the page never clones
// thousands of rows nor blocks on the writer. Runs in: a dedicated Worker.
import { createStore, type Store } from '../db';
import { readIcsData } from '../db/schedule-read-models';
import type { Lang } from '../domain/text';
import type { Session } from '../domain/types';
import { sessionsToIcs } from '../io/ics-export';
import { actionTodos, writeTodos, type ActionTodo } from '../io/ics-todos';
import { IcsUnsafeValueError, type IcsLines } from '../io/ics-writer';

export interface IcsJob {
  databaseName: string;
  /** Either the sessions to export… */
  sessionIds?: string[];
  /** …or every session starting in [from, to). */
  range?: { from: string; to: string };
  lang: Lang;
  calendarName: string;
  /** The secretariat: its address, where it has one, makes the calendar METHOD:PUBLISH with an ORGANIZER. */
  organizer: { name: string; email?: string };
  /** Add the Action Plan items with a deadline of this chairmanship as to-dos (VTODO). */
  todosOf?: string;
}

/** The file as UTF-8 bytes, whose buffer is transferred to the page (no copy of a large string). */
export type IcsJobResult =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; count: number }
  /** `unsafe`: the property whose stored value would break a line of the file (refused). */
  | { ok: false; message: string; unsafe?: string };

/** The chairmanship's Action Plan items with a deadline, as to-dos. */
async function readTodos(store: Store, chairmanshipId: string, lang: Lang): Promise<ActionTodo[]> {
  const plans = await store.db.actionPlans.where('chairmanshipId').equals(chairmanshipId).primaryKeys();
  const items = await store.db.actionItems.where('planId').anyOf(plans).toArray();
  const dueSessions = await store.sessions.getMany([...new Set(items.flatMap((i) => (i.dueSessionId ? [i.dueSessionId] : [])))]);
  return actionTodos(items, new Map(dueSessions.map((s) => [s.id, s])), { lang });
}

async function run(job: IcsJob): Promise<IcsJobResult> {
  const store = createStore(job.databaseName);
  try {
    await store.db.open();
    let sessions: Session[];
    if (job.range) sessions = await store.sessions.startingBetween(job.range.from, job.range.to);
    else {
      const found = await store.sessions.getMany(job.sessionIds ?? []);
      const order = new Map((job.sessionIds ?? []).map((id, i) => [id, i]));
      sessions = found.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    }
    const data = await readIcsData(store, sessions);
    const todos = job.todosOf ? await readTodos(store, job.todosOf, job.lang) : [];
    const stamp = new Date();
    const text = sessionsToIcs(sessions, {
      ...data,
      lang: job.lang,
      calendarName: job.calendarName,
      organizer: job.organizer,
      ...(todos.length
        ? {
            extend: (lines: IcsLines, organizer: string | undefined) =>
              writeTodos(lines, todos, stamp, organizer ? { address: organizer, name: job.organizer.name } : undefined),
          }
        : {}),
    });
    return { ok: true, bytes: new TextEncoder().encode(text), count: sessions.length };
  } catch (error) {
    if (error instanceof IcsUnsafeValueError) return { ok: false, message: error.message, unsafe: error.property };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    store.db.close();
    store.bulkDb.close();
  }
}

self.onmessage = (event: MessageEvent<IcsJob>) => {
  void run(event.data).then((result) => self.postMessage(result, { transfer: result.ok ? [result.bytes.buffer] : [] }));
};
