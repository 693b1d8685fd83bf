// Planning the year: create, edit, move, duplicate, postpone, cancel and delete sessions
// (delete offers Undo), and their agendas.
import { store } from '../db';
import type { AgendaInput } from '../db/agenda';
import { readPeopleOfSessions } from '../db/schedule-read-models';
import type { SessionInput } from '../db/sessions';
import { moveInOrder } from '../domain/agenda';
import { pickText } from '../domain/text';
import type { AgendaItem, Session, Text, WallTime } from '../domain/types';
import { m } from '../presentation/i18n';
import { locale } from '../state/locale.svelte';
import { router } from '../state/router.svelte';
import { toasts } from '../state/toasts.svelte';
import { handleError } from './handle-error';

/** Who takes part in these sessions (person ids by session), for a conflict check. */
export function peopleOfSessions(sessionIds: readonly string[]): Promise<Map<string, string[]>> {
  return readPeopleOfSessions(store(), sessionIds);
}

export function createSession(input: SessionInput): Promise<Session> {
  return store().sessions.create(input);
}

/** The session as stored now (after a Save refused because another window saved it meanwhile). */
export function storedSession(id: string): Promise<Session | undefined> {
  return store().sessions.get(id);
}

export function saveSession(base: Session, patch: Partial<SessionInput>): Promise<Session> {
  return store().sessions.edit(base, patch);
}

export async function duplicateSession(base: Session, dates: { start: WallTime; end: WallTime }): Promise<Session> {
  const copy = await store().sessions.duplicate(base, dates);
  toasts.show(m.schedule_duplicated());
  router.go({ name: 'session', id: copy.id });
  return copy;
}

export function postponeSession(base: Session, dates: { start: WallTime; end: WallTime }, reason?: Text): Promise<Session> {
  return store().sessions.postpone(base, dates, reason);
}

export function cancelSession(base: Session, reason?: Text): Promise<Session> {
  return store().sessions.cancel(base, reason);
}

export async function deleteSession(base: Session): Promise<void> {
  const deleted = await store().sessions.delete(base);
  router.go({ name: 'schedule' });
  toasts.show(m.schedule_deleted({ title: pickText(base.title, locale.lang) }), {
    timeoutMs: 15_000,
    action: {
      label: m.undo(),
      run: async () => {
        try {
          await store().sessions.restore(deleted);
          toasts.show(m.schedule_restored());
        } catch (error) {
          handleError(error);
        }
      },
    },
  });
}

export function addAgendaItem(sessionId: string, input: AgendaInput): Promise<AgendaItem> {
  return store().agenda.append(sessionId, input);
}

export function saveAgendaItem(base: AgendaItem, patch: Partial<AgendaInput>): Promise<AgendaItem> {
  return store().agenda.edit(base, patch);
}

export async function deleteAgendaItem(base: AgendaItem): Promise<void> {
  await store().agenda.removeAndClose(base);
  toasts.show(m.agenda_deleted({ title: pickText(base.title, locale.lang) }), {
    action: {
      label: m.undo(),
      run: async () => {
        try {
          const { title, minutes, presenterId, notes } = base;
          const restored = await store().agenda.append(base.sessionId, {
            title,
            minutes,
            ...(presenterId ? { presenterId } : {}),
            ...(notes ? { notes } : {}),
          });
          const items = await store().agenda.forSession(base.sessionId);
          const ids = items.map((i) => i.id);
          await store().agenda.reorder(base.sessionId, moveInOrder(ids, ids.indexOf(restored.id), base.position - 1));
        } catch (error) {
          handleError(error);
        }
      },
    },
  });
}

/** Moves an agenda item from one index to another (drag, or Alt+↑/↓). */
export async function moveAgendaItem(items: readonly AgendaItem[], from: number, to: number): Promise<void> {
  const first = items[0];
  if (!first || from === to) return;
  await store().agenda.reorder(
    first.sessionId,
    moveInOrder(
      items.map((i) => i.id),
      from,
      to,
    ),
  );
}
