// Sessions as an iCalendar file (RFC 5545) for Outlook, Thunderbird, Google Calendar and
// phones without a network: a VTIMEZONE for every TZID (current rules from
// timezones-ical-library), a stable UID and SEQUENCE per session, STATUS, LOCATION, the
// agenda in DESCRIPTION, the chairmanship as ORGANIZER and the participants as ATTENDEEs
// with ROLE, PARTSTAT and DELEGATED-FROM. Lines are folded at 75 octets (./ics-writer.ts).
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { programmeStart, runningTimes } from '../domain/agenda';
import { personName, pickText, type Lang } from '../domain/text';
import { addDays } from '../domain/time';
import type { AgendaItem, Body, Participant, ParticipantRole, Person, Session } from '../domain/types';
import { ICS_STATUS, locationText } from './ics-shared';
import { dateStamp, IcsLines, localStamp, utcStamp } from './ics-writer';

export interface IcsParticipant {
  participant: Participant;
  person?: Person;
}

export interface IcsContext {
  calendarName: string;
  /** The chairmanship as ORGANIZER (RFC 5545 wants a cal-address; see placeholderAddress). */
  organizer: { name: string; email?: string };
  lang: Lang;
  bodies: ReadonlyMap<string, Body>;
  agenda: ReadonlyMap<string, readonly AgendaItem[]>;
  participants: ReadonlyMap<string, readonly IcsParticipant[]>;
  persons: ReadonlyMap<string, Person>;
  /** Extra components (e.g. Action Plan VTODOs) written by the caller into the calendar. */
  extend?: (lines: IcsLines) => void;
}

/**
 * Every ATTENDEE needs an address. A person without an e-mail gets one under the reserved
 * `.invalid` domain (RFC 2606): unique, stable, and obviously not deliverable.
 */
export function placeholderAddress(id: string): string {
  return `${id.replace(/[^A-Za-z0-9._-]/g, '-')}@participants.chairdesk.invalid`;
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

function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

function description(session: Session, ctx: IcsContext): string {
  const agenda = ctx.agenda.get(session.id) ?? [];
  const times = runningTimes(programmeStart(session), agenda);
  const lines = agenda.map((item, i) => {
    const presenter = item.presenterId ? ctx.persons.get(item.presenterId) : undefined;
    const who = presenter ? ` (${personName(presenter.names, ctx.lang)})` : '';
    return `${times[i]?.start ?? ''}–${times[i]?.end ?? ''} ${pickText(item.title, ctx.lang)}${who}`;
  });
  return [...lines, ...(session.notes ? [lines.length ? '' : null, session.notes].filter((l) => l !== null) : [])].join('\n');
}

function writeAttendees(lines: IcsLines, session: Session, ctx: IcsContext): void {
  const address = (person: Person | undefined, id: string): string => `mailto:${person?.email?.trim() || placeholderAddress(id)}`;
  for (const { participant, person } of ctx.participants.get(session.id) ?? []) {
    const represented = participant.representsPersonId;
    lines.raw('ATTENDEE', address(person, participant.personId), {
      ROLE: ROLE[participant.role],
      PARTSTAT: PARTSTAT[participant.invitation],
      'DELEGATED-FROM': represented ? address(ctx.persons.get(represented), represented) : undefined,
      CN: person ? personName(person.names, ctx.lang) : undefined,
    });
  }
}

export function sessionsToIcs(sessions: readonly Session[], ctx: IcsContext): string {
  const lines = new IcsLines()
    .begin('VCALENDAR')
    .raw('VERSION', '2.0')
    .raw('PRODID', `-//Chairdesk//Chairdesk//${ctx.lang.toUpperCase()}`)
    .raw('CALSCALE', 'GREGORIAN')
    .raw('METHOD', 'PUBLISH')
    .text('NAME', ctx.calendarName)
    .text('X-WR-CALNAME', ctx.calendarName);
  for (const zone of new Set(sessions.filter((s) => !s.allDay).map((s) => s.timeZone))) {
    const block = vtimezone(zone);
    if (block) lines.block(block);
  }
  const organizer = `mailto:${ctx.organizer.email ?? 'secretariat@chairmanship.chairdesk.invalid'}`;
  for (const session of sessions) {
    const bodies = session.bodyIds.flatMap((id) => ctx.bodies.get(id) ?? []);
    lines
      .begin('VEVENT')
      .text('UID', session.icsUid)
      .raw('SEQUENCE', String(session.icsSequence))
      .raw('DTSTAMP', utcStamp(session.updatedAt));
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
    if (bodies.length) lines.raw('CATEGORIES', bodies.map((b) => pickText(b.acronym, ctx.lang).replace(/[\\;,]/g, ' ')).join(','));
    lines.raw('ORGANIZER', organizer, { CN: ctx.organizer.name });
    writeAttendees(lines, session, ctx);
    lines.end('VEVENT');
  }
  ctx.extend?.(lines);
  return lines.end('VCALENDAR').toString();
}
