// Sessions as an iCalendar file (RFC 5545) for Outlook, Thunderbird, Google Calendar and
// phones without a network: a VTIMEZONE for every TZID with the rules in force over the
// exported span (./ics-vtimezone.ts), a stable UID and SEQUENCE per session, STATUS, LOCATION,
// the agenda in DESCRIPTION and the bodies in CATEGORIES. A published calendar names nobody:
// no ATTENDEE, and an ORGANIZER (with METHOD:PUBLISH, RFC 5546 §3.2.1) only where the
// secretariat has an address; without one it is a plain calendar, with no address made up.
// Invitations to one session (METHOD:REQUEST) go to the persons who have an address, with
// ROLE, PARTSTAT, RSVP and DELEGATED-FROM/TO for substitutes (sessionInvitation).
// Lines are folded at 75 octets, and no value can break a line (./ics-writer.ts).
import { programmeStart, runningTimes } from '../domain/agenda';
import { personName, pickText, type Lang } from '../domain/text';
import { addDays } from '../domain/time';
import type { AgendaItem, Body, Participant, ParticipantRole, Person, Session } from '../domain/types';
import { calendarAddress, ICS_STATUS, locationText } from './ics-shared';
import { writeVtimezone } from './ics-vtimezone';
import { dateStamp, IcsLines, localStamp, utcStamp } from './ics-writer';

export interface IcsParticipant {
  participant: Participant;
  person?: Person;
}

export interface IcsContext {
  calendarName: string;
  /** The secretariat: ORGANIZER (and METHOD:PUBLISH) only where it has an address. */
  organizer: { name: string; email?: string };
  lang: Lang;
  bodies: ReadonlyMap<string, Body>;
  agenda: ReadonlyMap<string, readonly AgendaItem[]>;
  persons: ReadonlyMap<string, Person>;
  /** Extra components (e.g. Action Plan VTODOs) written by the caller into the calendar. */
  extend?: (lines: IcsLines, organizer: string | undefined) => void;
}

const ROLE: Record<ParticipantRole, string> = {
  chair: 'CHAIR',
  head: 'REQ-PARTICIPANT',
  member: 'REQ-PARTICIPANT',
  expert: 'REQ-PARTICIPANT',
  secretariat: 'REQ-PARTICIPANT',
  guest: 'OPT-PARTICIPANT',
  observer: 'OPT-PARTICIPANT',
};

const PARTSTAT: Record<Participant['invitation'], string> = {
  none: 'NEEDS-ACTION',
  invited: 'NEEDS-ACTION',
  confirmed: 'ACCEPTED',
  declined: 'DECLINED',
};

/** What a VEVENT says of a session, whoever it is for. */
type SessionText = Pick<IcsContext, 'lang' | 'bodies' | 'agenda' | 'persons'>;

function description(session: Session, ctx: SessionText): string {
  const agenda = ctx.agenda.get(session.id) ?? [];
  const times = runningTimes(programmeStart(session), agenda);
  const lines = agenda.map((item, i) => {
    const presenter = item.presenterId ? ctx.persons.get(item.presenterId) : undefined;
    const who = presenter ? ` (${personName(presenter.names, ctx.lang)})` : '';
    return `${times[i]?.start ?? ''}–${times[i]?.end ?? ''} ${pickText(item.title, ctx.lang)}${who}`;
  });
  const notes = pickText(session.notes, ctx.lang);
  return [...lines, ...(notes ? [lines.length ? '' : null, notes].filter((l) => l !== null) : [])].join('\n');
}

/** The calendar's opening lines; METHOD only with an organizer. */
function calendarHead(name: string, lang: Lang, method: 'PUBLISH' | 'REQUEST' | undefined): IcsLines {
  const lines = new IcsLines()
    .begin('VCALENDAR')
    .raw('VERSION', '2.0')
    .raw('PRODID', `-//Chairdesk//Chairdesk//${lang.toUpperCase()}`)
    .raw('CALSCALE', 'GREGORIAN');
  if (method) lines.raw('METHOD', method);
  return lines.text('NAME', name).text('X-WR-CALNAME', name);
}

/** One VTIMEZONE per zone of the timed sessions, with the rules over those sessions' span. */
function writeZones(lines: IcsLines, sessions: readonly Session[]): void {
  const spans = new Map<string, { from: number; to: number }>();
  for (const s of sessions) {
    if (s.allDay) continue;
    const from = Date.parse(s.startUtc);
    const to = Date.parse(s.endUtc);
    const span = spans.get(s.timeZone);
    spans.set(s.timeZone, span ? { from: Math.min(span.from, from), to: Math.max(span.to, to) } : { from, to });
  }
  for (const [zone, span] of spans) writeVtimezone(lines, zone, span.from, span.to);
}

/** What every VEVENT of a session says, whoever it is for. */
function writeSession(lines: IcsLines, session: Session, ctx: SessionText): void {
  const bodies = session.bodyIds.flatMap((id) => ctx.bodies.get(id) ?? []);
  lines.text('UID', session.icsUid).raw('SEQUENCE', String(session.icsSequence)).raw('DTSTAMP', utcStamp(session.updatedAt));
  if (session.allDay) {
    lines
      .raw('DTSTART', dateStamp(session.start), { VALUE: 'DATE' })
      .raw('DTEND', dateStamp(addDays(session.end.slice(0, 10), 1)), { VALUE: 'DATE' });
  } else {
    lines
      .raw('DTSTART', localStamp(session.start), { TZID: session.timeZone })
      .raw('DTEND', localStamp(session.end), { TZID: session.timeZone });
  }
  lines.text('SUMMARY', pickText(session.title, ctx.lang));
  const location = locationText(session, ctx.lang);
  if (location) lines.text('LOCATION', location);
  const text = description(session, ctx);
  if (text) lines.text('DESCRIPTION', text);
  lines.raw('STATUS', ICS_STATUS[session.status]);
  if (bodies.length)
    lines.textList(
      'CATEGORIES',
      bodies.map((b) => pickText(b.acronym, ctx.lang)),
    );
}

/** A published calendar of sessions: no ATTENDEE; ORGANIZER and METHOD:PUBLISH only where the secretariat has an address. */
export function sessionsToIcs(sessions: readonly Session[], ctx: IcsContext): string {
  const email = calendarAddress(ctx.organizer.email);
  const organizer = email ? `mailto:${email}` : undefined;
  const lines = calendarHead(ctx.calendarName, ctx.lang, organizer ? 'PUBLISH' : undefined);
  writeZones(lines, sessions);
  for (const session of sessions) {
    lines.begin('VEVENT');
    writeSession(lines, session, ctx);
    if (organizer) lines.raw('ORGANIZER', organizer, { CN: ctx.organizer.name });
    lines.end('VEVENT');
  }
  ctx.extend?.(lines, organizer);
  return lines.end('VCALENDAR').toString();
}

export interface InvitationContext extends Omit<IcsContext, 'organizer' | 'extend'> {
  /** Who sends the invitations: replies go to this address. */
  organizer: { name: string; email: string };
  participants: readonly IcsParticipant[];
}

export interface Invitation {
  /** The file (METHOD:REQUEST), or null when nobody has an address. */
  text: string | null;
  invited: Person[];
  /** Participants without a usable e-mail address: not in the file. */
  leftOut: Person[];
}

/** Invitations to one session (RFC 5546 REQUEST) for the participants who have an address. */
export function sessionInvitation(session: Session, ctx: InvitationContext): Invitation {
  const organizer = calendarAddress(ctx.organizer.email);
  if (!organizer) throw new RangeError('an invitation needs the organizer’s e-mail address');
  const invited: Person[] = [];
  const leftOut: Person[] = [];
  const attendees: { address: string; params: Record<string, string | undefined> }[] = [];
  const addressOf = (id: string | undefined): string | undefined => (id ? calendarAddress(ctx.persons.get(id)?.email) : undefined);
  for (const { participant, person } of ctx.participants) {
    const address = calendarAddress(person?.email);
    if (!person) continue;
    if (!address) {
      leftOut.push(person);
      continue;
    }
    invited.push(person);
    const delegator = addressOf(participant.representsPersonId);
    attendees.push({
      address,
      params: {
        CN: personName(person.names, ctx.lang),
        ROLE: ROLE[participant.role],
        PARTSTAT: PARTSTAT[participant.invitation],
        RSVP: 'TRUE',
        'DELEGATED-FROM': delegator ? `mailto:${delegator}` : undefined,
      },
    });
    // The person a substitute stands in for has delegated the seat (RFC 5545 §3.2.4, §3.2.5).
    const represented = participant.representsPersonId ? ctx.persons.get(participant.representsPersonId) : undefined;
    if (represented && delegator && !ctx.participants.some((p) => p.participant.personId === represented.id))
      attendees.push({
        address: delegator,
        params: {
          CN: personName(represented.names, ctx.lang),
          ROLE: ROLE[participant.role],
          PARTSTAT: 'DELEGATED',
          'DELEGATED-TO': `mailto:${address}`,
        },
      });
  }
  if (!attendees.length) return { text: null, invited, leftOut };
  const lines = calendarHead(pickText(session.title, ctx.lang), ctx.lang, 'REQUEST');
  writeZones(lines, [session]);
  lines.begin('VEVENT');
  writeSession(lines, session, ctx);
  lines.raw('ORGANIZER', `mailto:${organizer}`, { CN: ctx.organizer.name });
  for (const a of attendees) lines.raw('ATTENDEE', `mailto:${a.address}`, a.params);
  lines.end('VEVENT');
  return { text: lines.end('VCALENDAR').toString(), invited, leftOut };
}
