// The app's calendars through strict readers: libical's parser and its RFC 5545 / RFC 5546
// restriction check (icalrestriction_check, through Debian's gir1.2-ical-3.0), as Evolution and
// CalDAV servers built on libical read them, and a CalDAV server's import (Radicale, Debian's
// python3-radicale, called as its WSGI application with no network). The example year as a
// plain calendar, as a published one with its organizer and the Action Plan's to-dos, a
// tasks-only calendar, and the invitations to a session: libical must record no error in any,
// and the server must take each whole.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, openStore, type Store } from '../db';
import { readIcsData } from '../db/schedule-read-models';
import { yearRangeUtc } from '../domain/time';
import { CHAIRMANSHIP_ID } from '../example/csto-2015';
import { loadExampleYear } from '../example/load';
import { sessionInvitation, sessionsToIcs } from '../io/ics-export';
import { actionTodos, todoCalendar, writeTodos } from '../io/ics-todos';

const CHECK = path.resolve(import.meta.dirname, '../io/ics-strict/libical-check.py');
const CALDAV = path.resolve(import.meta.dirname, '../io/ics-strict/caldav-import.py');
let store: Store;
const files: Record<string, string> = {};

beforeAll(async () => {
  store = await openStore(createStore(`strict-${crypto.randomUUID()}`), () => undefined);
  await loadExampleYear(store);
  const chairmanship = await store.chairmanships.require(CHAIRMANSHIP_ID);
  const range = yearRangeUtc(chairmanship.year, chairmanship.homeTimeZone);
  const sessions = await store.sessions.startingBetween(range.from, range.to);
  const data = await readIcsData(store, sessions);
  const plans = await store.db.actionPlans.where('chairmanshipId').equals(CHAIRMANSHIP_ID).primaryKeys();
  const items = await store.db.actionItems.where('planId').anyOf(plans).toArray();
  const todos = actionTodos(items, new Map(sessions.map((s) => [s.id, s])), { lang: 'en' });
  const stamp = new Date('2015-09-01T06:00:00Z');
  const base = { ...data, lang: 'en' as const, calendarName: 'CSTO 2015' };
  const secretariat = { name: 'Chairmanship of Tajikistan', email: 'protocol@mfa.tj' };
  files.plain = sessionsToIcs(sessions, { ...base, organizer: { name: secretariat.name } });
  files.published = sessionsToIcs(sessions, {
    ...base,
    organizer: secretariat,
    extend: (lines, organizer) => writeTodos(lines, todos, stamp, organizer ? { address: organizer, name: secretariat.name } : undefined),
  });
  files.tasks = todoCalendar(todos, { dtstamp: stamp, name: 'Action Plan' });
  const withParticipants = sessions.find((s) => (data.participants.get(s.id)?.length ?? 0) > 0);
  if (!withParticipants) throw new Error('no session with participants');
  // Every participant given an address, so that the file has attendees and a delegation.
  const persons = new Map([...data.persons].map(([id, p]) => [id, { ...p, email: `${id.replace(/[^a-z0-9-]/gi, '')}@example.org` }]));
  const invitation = sessionInvitation(withParticipants, {
    ...base,
    persons,
    organizer: secretariat,
    participants: (data.participants.get(withParticipants.id) ?? []).map((p) => ({ ...p, person: persons.get(p.participant.personId) })),
  });
  if (!invitation.text) throw new Error('no invitation written');
  files.invitation = invitation.text;
});
afterAll(() => {
  store.db.close();
  store.bulkDb.close();
});

/** The four files on disk. */
function written(): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'chairdesk-strict-'));
  return Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, `${name}.ics`);
    writeFileSync(file, text);
    return file;
  });
}

/** How many components of a kind a file holds. */
const count = (text: string | undefined, component: string): number =>
  (text ?? '').split('\r\n').filter((l) => l === `BEGIN:${component}`).length;

describe('strict readers take the app’s calendars', () => {
  it('libical parses each and its restriction check records no error', () => {
    const paths = written();
    const out = execFileSync('/usr/bin/python3', [CHECK, ...paths], { encoding: 'utf8' });
    const errors = JSON.parse(out) as Record<string, string[]>;
    expect(Object.keys(errors)).toHaveLength(4);
    expect(Object.fromEntries(Object.entries(errors).map(([file, list]) => [path.basename(file), list]))).toEqual({
      'plain.ics': [],
      'published.ics': [],
      'tasks.ics': [],
      'invitation.ics': [],
    });
    expect(files.invitation).toContain('ATTENDEE');
    expect(files.published).toContain('BEGIN:VTODO');
  });

  it('a CalDAV server (Radicale) imports each whole, every event and to-do', () => {
    const paths = written();
    const out = execFileSync('/usr/bin/python3', [CALDAV, ...paths], { encoding: 'utf8' });
    const imported = JSON.parse(out) as Record<string, { status: number; events?: number; todos?: number; answer?: string }>;
    const byName = Object.fromEntries(Object.entries(imported).map(([file, r]) => [path.basename(file, '.ics'), r]));
    expect(byName).toEqual({
      plain: { status: 201, events: count(files.plain, 'VEVENT'), todos: 0 },
      published: { status: 201, events: count(files.published, 'VEVENT'), todos: count(files.published, 'VTODO') },
      tasks: { status: 201, events: 0, todos: count(files.tasks, 'VTODO') },
      invitation: { status: 201, events: 1, todos: 0 },
    });
    expect(byName.plain?.events).toBe(7);
  });
});
