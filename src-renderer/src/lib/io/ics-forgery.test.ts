// A crafted row (from a restored or merged backup) cannot forge a component or a property in
// a calendar sent to delegations: every TEXT value escapes its line breaks, and every value
// written raw (dates, addresses, enumerations) that holds a CR, LF or another control
// character is refused.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { stamp } from '../db/table-repository';
import { wallToUtc } from '../domain/time';
import type { Body, Participant, Person, Session } from '../domain/types';
import { sessionInvitation, sessionsToIcs, type IcsContext } from './ics-export';
import { actionTodos, todoCalendar, writeTodos, type TodoItem } from './ics-todos';
import { IcsLines, IcsUnsafeValueError } from './ics-writer';

const now = new Date('2015-03-01T08:00:00Z');
const FORGE = '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged\r\nDTSTART:20150101T000000Z\r\nATTACH:https://evil.example/x.exe\r\nX-Y:';
const FORGE_LF = '\nATTACH:https://evil.example/y.exe\nBEGIN:VEVENT\n';

const session = stamp<Session>(
  {
    title: { en: `Council${FORGE}`, ru: '' },
    bodyIds: ['cfm'],
    kind: 'regular',
    status: 'confirmed',
    allDay: false,
    start: '2015-04-02T10:00',
    end: '2015-04-02T13:00',
    timeZone: 'Asia/Dushanbe',
    venue: { city: { en: `Dushanbe${FORGE_LF}`, ru: '' }, place: { en: `Palace${FORGE}`, ru: `Дворец${FORGE}` } },
    notes: { en: `Notes${FORGE}\u0000\u001b[31m`, ru: `Примечания${FORGE}\u0000` },
    startUtc: wallToUtc('2015-04-02T10:00', 'Asia/Dushanbe'),
    endUtc: wallToUtc('2015-04-02T13:00', 'Asia/Dushanbe'),
    icsUid: `s1@chairdesk${FORGE}`,
    icsSequence: 0,
  },
  now,
  `s1${FORGE}`,
);

const body = stamp<Body>(
  {
    name: { en: 'Council', ru: '' },
    acronym: { en: `CFM${FORGE}`, ru: '' },
    level: 'ministers',
    seatTitle: { en: '', ru: '' },
    decisionRule: 'consensus',
    organizationId: 'org',
    seats: [],
    position: 0,
  },
  now,
  'cfm',
);

const person = (id: string, email: string, family: string): Person =>
  stamp<Person>(
    { organizationId: 'org', names: { en: { given: 'A', family }, ru: { given: '', family: '' } }, honorific: { en: '', ru: '' }, email },
    now,
    id,
  );

const ctx: IcsContext = {
  calendarName: `CSTO${FORGE}`,
  organizer: { name: `Secretariat${FORGE}` },
  lang: 'en',
  bodies: new Map([['cfm', body]]),
  agenda: new Map(),
  persons: new Map(),
};

/** The components and properties a reader finds: one event, no ATTACH, no forged UID. */
function expectNoForgery(text: string, events: number): void {
  const calendar = ICAL.Component.fromString(text);
  const all = [calendar, ...calendar.getAllSubcomponents()];
  expect(calendar.getAllSubcomponents('vevent')).toHaveLength(events);
  expect(all.flatMap((c) => c.getAllProperties('attach'))).toEqual([]);
  expect(all.map((c) => c.getFirstPropertyValue('uid'))).not.toContain('forged');
  for (const line of text.split('\r\n')) expect(line).not.toMatch(/^(ATTACH|BEGIN:VEVENT.+|UID:forged)/);
  expect(text.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(events);
}

describe('a crafted row cannot forge a VEVENT or an ATTACH line', () => {
  it('in a published calendar: titles, places, notes, UIDs and bodies are escaped', () => {
    const text = sessionsToIcs([session], ctx);
    expectNoForgery(text, 1);
    const event = new ICAL.Event(ICAL.Component.fromString(text).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.uid).toBe(`s1@chairdesk${FORGE}`.replace(/\r\n/g, '\n'));
    expect(event.summary).toBe(`Council${FORGE}`.replace(/\r\n/g, '\n'));
    expect(event.description).not.toContain('\u0000');
    expect(event.description).not.toContain('\u001b');
  });

  it('in an invitation: an address with a line break is left out, a name with one is encoded', () => {
    const mallory = person('p-m', `mallory@example.org${FORGE}`, 'Mallory');
    const alice = person('p-a', 'alice@example.org', `Alice${FORGE}`);
    const invited = (p: Person): { participant: Participant; person: Person } => ({
      participant: stamp<Participant>(
        {
          sessionId: session.id,
          personId: p.id,
          partyId: 'x',
          role: 'head',
          invitation: 'invited',
          attendance: 'unknown',
          representsPersonId: 'p-m',
        },
        now,
        `${p.id}-part`,
      ),
      person: p,
    });
    const invitation = sessionInvitation(session, {
      ...ctx,
      persons: new Map([mallory, alice].map((p) => [p.id, p])),
      organizer: { name: `Protocol${FORGE}`, email: 'protocol@mfa.tj' },
      participants: [invited(mallory), invited(alice)],
    });
    expect(invitation.leftOut.map((p) => p.id)).toEqual(['p-m']);
    expectNoForgery(invitation.text ?? '', 1);
    expect(invitation.text).not.toContain('DELEGATED-FROM');
  });

  it('in Action Plan to-dos: the UID and RELATED-TO made from crafted ids, and the categories, are escaped', () => {
    const item = (id: string, parentId?: string): TodoItem => ({
      id,
      number: '1',
      title: { en: `Item${FORGE}`, ru: '' },
      description: { en: '', ru: '' },
      status: 'in-progress',
      progress: 10,
      rev: 1,
      ...(parentId ? { parentId } : {}),
      createdAt: '2015-02-01T00:00:00.000Z',
      updatedAt: '2015-03-01T00:00:00.000Z',
      dueDate: '2015-06-01',
    });
    const todos = actionTodos([item(`parent${FORGE}`), item(`child${FORGE_LF}`, `parent${FORGE}`)], new Map(), {
      lang: 'en',
      categories: () => [`Theme${FORGE}`],
    });
    const text = todoCalendar(todos, { dtstamp: now, name: `Plan${FORGE}` });
    expectNoForgery(text, 0);
    const calendar = ICAL.Component.fromString(text);
    expect(calendar.getAllSubcomponents('vtodo').map((t) => t.getFirstPropertyValue('related-to'))).toEqual([
      null,
      `action-item-parent${FORGE}@chairdesk`.replace(/\r\n/g, '\n'),
    ]);
    const lines = new IcsLines().begin('VCALENDAR');
    writeTodos(lines, todos, now);
    expect(lines.end('VCALENDAR').toString()).not.toMatch(/^ATTACH/m);
  });

  it('refuses a raw value or an address parameter that holds a control character', () => {
    expect(() => new IcsLines().raw('ATTENDEE', `mailto:a@b.c${FORGE}`)).toThrow(IcsUnsafeValueError);
    expect(() => new IcsLines().raw('ATTENDEE', 'mailto:a@b.c', { 'DELEGATED-FROM': `mailto:x@y.z\r\nATTACH:x` })).toThrow(
      IcsUnsafeValueError,
    );
    expect(() => new IcsLines().raw('STATUS', 'CONFIRMED\u0007')).toThrow(IcsUnsafeValueError);
    expect(() => sessionsToIcs([{ ...session, timeZone: 'Asia/Dushanbe\r\nATTACH:x' }], ctx)).toThrow();
  });
});
