// Sessions as an iCalendar file (RFC 5545) for Outlook, Thunderbird, Google Calendar and
// phones without a network: a VTIMEZONE for every TZID (current rules from
// timezones-ical-library), a stable UID and SEQUENCE per session, STATUS, LOCATION, the
// agenda in DESCRIPTION, the chairmanship as ORGANIZER and the participants as ATTENDEEs.
// Lines are folded at 75 octets by ical-generator (UTF-8 aware, so Cyrillic is never split).
import { TZDate } from '@date-fns/tz';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalEventStatus, type ICalAttendeeData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { programmeStart, runningTimes } from '../domain/agenda';
import { personName, pickText, type Lang } from '../domain/text';
import { addDays } from '../domain/time';
import type { AgendaItem, Body, Participant, ParticipantRole, Person, Session } from '../domain/types';
import { ICS_STATUS, locationText } from './ics-shared';

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
  /** Extra components (e.g. Action Plan VTODOs) added by the caller. */
  extend?: (calendar: ReturnType<typeof ical>) => void;
}

/**
 * Every ATTENDEE needs an address. A person without an e-mail gets one under the reserved
 * `.invalid` domain (RFC 2606): unique, stable, and obviously not deliverable.
 */
export function placeholderAddress(id: string): string {
  return `${id.replace(/[^A-Za-z0-9._-]/g, '-')}@participants.chairdesk.invalid`;
}

const ROLE: Record<ParticipantRole, ICalAttendeeRole> = {
  chair: ICalAttendeeRole.CHAIR,
  head: ICalAttendeeRole.REQ,
  member: ICalAttendeeRole.REQ,
  expert: ICalAttendeeRole.REQ,
  secretariat: ICalAttendeeRole.REQ,
  guest: ICalAttendeeRole.OPT,
  observer: ICalAttendeeRole.OPT,
};

const PARTSTAT: Record<Participant['invitation'], ICalAttendeeStatus> = {
  none: ICalAttendeeStatus.NEEDSACTION,
  invited: ICalAttendeeStatus.NEEDSACTION,
  confirmed: ICalAttendeeStatus.ACCEPTED,
  declined: ICalAttendeeStatus.DECLINED,
};

function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

function wallDate(wall: string, zone: string): TZDate {
  const [date = '', time = '00:00'] = wall.split('T');
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  return new TZDate(y, mo - 1, d, h, mi, zone);
}

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
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

function attendees(session: Session, ctx: IcsContext): ICalAttendeeData[] {
  const address = (person: Person | undefined, id: string): string => person?.email?.trim() || placeholderAddress(id);
  return (ctx.participants.get(session.id) ?? []).map(({ participant, person }) => {
    const represented = participant.representsPersonId;
    return {
      name: person ? personName(person.names, ctx.lang) : null,
      email: address(person, participant.personId),
      role: ROLE[participant.role],
      status: PARTSTAT[participant.invitation],
      ...(represented ? { delegatedFrom: `mailto:${address(ctx.persons.get(represented), represented)}` } : {}),
    };
  });
}

export function sessionsToIcs(sessions: readonly Session[], ctx: IcsContext): string {
  const calendar = ical({
    name: ctx.calendarName,
    prodId: { company: 'Chairdesk', product: 'Chairdesk', language: ctx.lang.toUpperCase() },
    // `name: null` keeps DTSTAMP in UTC with its Z; the generator adds one VTIMEZONE per TZID.
    timezone: { name: null, generator: vtimezone },
  });
  const organizer = { name: ctx.organizer.name, email: ctx.organizer.email ?? 'secretariat@chairmanship.chairdesk.invalid' };
  for (const session of sessions) {
    const bodies = session.bodyIds.flatMap((id) => ctx.bodies.get(id) ?? []);
    const timing = session.allDay
      ? { allDay: true, start: utcDate(session.start.slice(0, 10)), end: utcDate(addDays(session.end.slice(0, 10), 1)) }
      : { start: wallDate(session.start, session.timeZone), end: wallDate(session.end, session.timeZone), timezone: session.timeZone };
    calendar.createEvent({
      id: session.icsUid,
      sequence: session.icsSequence,
      stamp: new Date(session.updatedAt),
      ...timing,
      summary: pickText(session.title, ctx.lang),
      location: locationText(session, ctx.lang) || null,
      description: description(session, ctx) || null,
      status: ICalEventStatus[ICS_STATUS[session.status]],
      organizer,
      attendees: attendees(session, ctx),
      categories: bodies.map((b) => ({ name: b.acronym.en || b.acronym.ru })),
    });
  }
  ctx.extend?.(calendar);
  return calendar.toString();
}
