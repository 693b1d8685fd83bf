import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { stamp } from '../db/table-repository';
import { wallToUtc } from '../domain/time';
import type { AgendaItem, Body, Participant, Person, Session } from '../domain/types';
import { sessionInvitation, sessionsToIcs, type IcsContext, type IcsParticipant } from './ics-export';

const now = new Date('2015-03-01T08:00:00Z');

function session(id: string, fields: Partial<Session> & Pick<Session, 'start' | 'end' | 'timeZone'>): Session {
  const allDay = fields.allDay ?? false;
  const endWall = allDay ? `${fields.end.slice(0, 10)}T00:00` : fields.end;
  return {
    ...stamp<Session>(
      {
        title: { en: 'Session of the Council of Foreign Ministers', ru: 'Заседание Совета министров иностранных дел' },
        bodyIds: ['cfm'],
        kind: 'regular',
        status: 'confirmed',
        allDay,
        venue: { city: { en: 'Dushanbe', ru: 'Душанбе' }, place: { en: 'Palace of Nations', ru: 'Дворец Наций' } },
        icsUid: `${id}@chairdesk`,
        icsSequence: 3,
        startUtc: wallToUtc(fields.start, fields.timeZone),
        endUtc: wallToUtc(endWall, fields.timeZone),
        ...fields,
      },
      now,
      id,
    ),
  };
}

const person = (id: string, en: [string, string], ru: [string, string], email?: string): Person =>
  stamp<Person>(
    {
      organizationId: 'ex-org-csto',
      names: { en: { given: en[0], family: en[1] }, ru: { given: ru[0], family: ru[1] } },
      honorific: { en: '', ru: '' },
      ...(email ? { email } : {}),
    },
    now,
    id,
  );

const lavrov = person('p-lavrov', ['Sergey', 'Lavrov'], ['Сергей', 'Лавров'], 'lavrov@example.org');
const deputy = person('p-deputy', ['Grigory', 'Karasin'], ['Григорий', 'Карасин']);
const aslov = person('p-aslov', ['Sirodjiddin', 'Aslov'], ['Сироджиддин', 'Аслов']);
const dacic = person('p-dacic', ['Ivica', 'Dačić'], ['Ивица', 'Дачич']);
const participant = (sessionId: string, personId: string, fields: Partial<Participant>): Participant =>
  stamp<Participant>(
    { sessionId, personId, partyId: 'x', role: 'head', invitation: 'confirmed', attendance: 'unknown', ...fields },
    now,
    `${sessionId}-${personId}`,
  );

const sessions = [
  session('dushanbe', { start: '2015-04-02T10:00', end: '2015-04-02T13:00', timeZone: 'Asia/Dushanbe' }),
  session('moscow', { start: '2015-10-27T09:30', end: '2015-10-27T18:00', timeZone: 'Europe/Moscow', status: 'planned' }),
  // 8 March 2015 is the day New York moves its clocks forward.
  session('new-york', { start: '2015-03-08T09:00', end: '2015-03-08T11:00', timeZone: 'America/New_York', status: 'cancelled' }),
  session('khujand', { start: '2015-05-19T00:00', end: '2015-05-20T00:00', timeZone: 'Asia/Dushanbe', allDay: true, status: 'draft' }),
];

const agendaItem = (position: number, en: string, minutes: number, presenterId?: string): AgendaItem =>
  stamp<AgendaItem>(
    { sessionId: 'dushanbe', position, title: { en, ru: '' }, minutes, ...(presenterId ? { presenterId } : {}) },
    now,
    `a${position}`,
  );

const ctx: IcsContext = {
  calendarName: 'CSTO 2015',
  organizer: { name: 'Chairmanship of Tajikistan' },
  lang: 'en',
  bodies: new Map<string, Body>([
    [
      'cfm',
      stamp<Body>(
        {
          name: { en: 'Council of Foreign Ministers', ru: '' },
          acronym: { en: 'CFM', ru: 'СМИД' },
          level: 'ministers',
          seatTitle: { en: '', ru: '' },
          decisionRule: 'consensus',
          organizationId: 'org',
          seats: [],
          position: 0,
        },
        now,
        'cfm',
      ),
    ],
  ]),
  agenda: new Map([['dushanbe', [agendaItem(1, 'Opening', 15, 'p-aslov'), agendaItem(2, 'Security in Central Asia', 90)]]]),
  persons: new Map([lavrov, deputy, aslov, dacic].map((p) => [p.id, p])),
};

const participants: IcsParticipant[] = [
  { participant: participant('dushanbe', 'p-aslov', { role: 'chair' }), person: aslov },
  { participant: participant('dushanbe', 'p-deputy', { representsPersonId: 'p-lavrov', invitation: 'invited' }), person: deputy },
  { participant: participant('dushanbe', 'p-dacic', { role: 'guest', invitation: 'declined' }), person: dacic },
];

/** The calendar, its zones read from its own VTIMEZONEs only (as Thunderbird reads them). */
function parse(text: string): ICAL.Component {
  ICAL.TimezoneService.reset();
  const calendar = ICAL.Component.fromString(text);
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return calendar;
}

function event(calendar: ICAL.Component, uid: string): ICAL.Event {
  const found = calendar
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v))
    .find((e) => e.uid === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
}

describe('ICS export', () => {
  const text = sessionsToIcs(sessions, ctx);
  const calendar = parse(text);

  it('gives every TZID a VTIMEZONE', () => {
    const zones = calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones.sort()).toEqual(['America/New_York', 'Asia/Dushanbe', 'Europe/Moscow']);
  });

  it.each(sessions.filter((s) => !s.allDay))('$id parses back to the same instants, UID and sequence', (s) => {
    const e = event(calendar, s.icsUid);
    expect(e.sequence).toBe(3);
    expect(e.startDate.toJSDate().toISOString()).toBe(s.startUtc);
    expect(e.endDate.toJSDate().toISOString()).toBe(s.endUtc);
  });

  it('keeps a New York session on its DST change day at 09:00 local (13:00 UTC)', () => {
    const e = event(calendar, 'new-york@chairdesk');
    expect(e.startDate.toString()).toBe('2015-03-08T09:00:00');
    expect(e.startDate.zone.tzid).toBe('America/New_York');
    expect(e.startDate.toJSDate().toISOString()).toBe('2015-03-08T13:00:00.000Z');
  });

  it('maps statuses: draft and planned tentative, confirmed, cancelled', () => {
    const status = (uid: string): unknown => event(calendar, uid).component.getFirstPropertyValue('status');
    expect([status('dushanbe@chairdesk'), status('moscow@chairdesk'), status('new-york@chairdesk'), status('khujand@chairdesk')]).toEqual([
      'CONFIRMED',
      'TENTATIVE',
      'CANCELLED',
      'TENTATIVE',
    ]);
  });

  it('writes a multi-day all-day session with an exclusive DTEND', () => {
    const e = event(calendar, 'khujand@chairdesk');
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2015-05-19');
    expect(e.endDate.toString()).toBe('2015-05-21');
  });

  it('has location, the agenda with running times and the bodies', () => {
    const e = event(calendar, 'dushanbe@chairdesk');
    expect(e.location).toBe('Palace of Nations, Dushanbe');
    expect(e.description).toBe('10:00–10:15 Opening (Sirodjiddin Aslov)\n10:15–11:45 Security in Central Asia');
    expect(e.component.getFirstProperty('categories')?.getValues()).toEqual(['CFM']);
  });

  it('names nobody in a published calendar: no attendee, and no organizer or method without the secretariat’s address', () => {
    expect(text).not.toMatch(/ATTENDEE|ORGANIZER|METHOD|mailto:|\.invalid/);
    const published = sessionsToIcs(sessions, { ...ctx, organizer: { name: 'Chairmanship of Tajikistan', email: 'protocol@mfa.tj' } });
    expect(published).toContain('METHOD:PUBLISH\r\n');
    expect(published).not.toContain('ATTENDEE');
    const events = parse(published).getAllSubcomponents('vevent');
    expect(events.map((v) => String(v.getFirstPropertyValue('organizer')))).toEqual(sessions.map(() => 'mailto:protocol@mfa.tj'));
  });

  it('invites to one session those who have an address, with roles and the substitute’s delegation, and names who was left out', () => {
    const first = sessions[0];
    if (!first) throw new Error('no session');
    const withAddresses = new Map([lavrov, { ...deputy, email: 'karasin@example.org' }, aslov, dacic].map((p) => [p.id, p]));
    const invitation = sessionInvitation(first, {
      ...ctx,
      persons: withAddresses,
      organizer: { name: 'Protocol Department', email: 'protocol@mfa.tj' },
      participants: participants.map((p) => (p.person?.id === 'p-deputy' ? { ...p, person: withAddresses.get('p-deputy') } : p)),
    });
    expect(invitation.leftOut.map((p) => p.id)).toEqual(['p-aslov', 'p-dacic']);
    expect(invitation.invited.map((p) => p.id)).toEqual(['p-deputy']);
    const file = parse(invitation.text ?? '');
    expect(file.getFirstPropertyValue('method')).toBe('REQUEST');
    const e = event(file, 'dushanbe@chairdesk');
    expect(String(e.component.getFirstPropertyValue('organizer'))).toBe('mailto:protocol@mfa.tj');
    expect(
      e.attendees.map((a) => [
        String(a.getFirstValue()),
        a.getParameter('role'),
        a.getParameter('partstat'),
        a.getParameter('partstat') === 'DELEGATED' ? a.getParameter('delegated-to') : a.getParameter('delegated-from'),
      ]),
    ).toEqual([
      ['mailto:karasin@example.org', 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'mailto:lavrov@example.org'],
      ['mailto:lavrov@example.org', 'REQ-PARTICIPANT', 'DELEGATED', 'mailto:karasin@example.org'],
    ]);
    expect(invitation.text).not.toContain('.invalid');
  });

  it('writes no invitation when nobody has an address', () => {
    const first = sessions[0];
    if (!first) throw new Error('no session');
    const none = sessionInvitation(first, {
      ...ctx,
      organizer: { name: 'x', email: 'protocol@mfa.tj' },
      participants: participants.slice(0, 1),
    });
    expect(none).toEqual({ text: null, invited: [], leftOut: [aslov] });
  });

  it('folds long Cyrillic lines at 75 octets without splitting a character', () => {
    const russian = sessionsToIcs(sessions, {
      ...ctx,
      lang: 'ru',
      agenda: new Map([
        [
          'dushanbe',
          [agendaItem(1, '', 30)].map((a) => ({
            ...a,
            title: {
              en: '',
              ru: 'Об обстановке в сфере безопасности в Центральной Азии в свете развития ситуации в Афганистане ӣ ӯ ҳ ҷ қ ғ',
            },
          })),
        ],
      ]),
    });
    const lines = russian.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const e = event(parse(russian), 'dushanbe@chairdesk');
    expect(e.summary).toBe('Заседание Совета министров иностранных дел');
    // A Russian calendar files the session under the body's Russian acronym.
    expect(e.component.getFirstProperty('categories')?.getValues()).toEqual(['СМИД']);
    expect(e.description).toBe(
      '10:00–10:30 Об обстановке в сфере безопасности в Центральной Азии в свете развития ситуации в Афганистане ӣ ӯ ҳ ҷ қ ғ',
    );
  });

  it('is the same text for the same data (no clock in it), so re-exports do not churn', () => {
    expect(sessionsToIcs(sessions, ctx)).toBe(text);
  });
});
