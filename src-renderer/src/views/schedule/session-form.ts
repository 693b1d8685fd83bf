// The session dialog's fields as the user edits them, and their conversion to and from a
// session. Pure, so the rules of the form are tested without a browser.
import type { SessionInput } from '$lib/db/sessions';
import { trimmedText } from '$lib/domain/text';
import type { Session, SessionKind, SessionStatus } from '$lib/domain/types';

export interface SessionForm {
  titleEn: string;
  titleRu: string;
  bodyIds: string[];
  kind: SessionKind;
  status: SessionStatus;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  cityEn: string;
  cityRu: string;
  placeEn: string;
  placeRu: string;
  chairPersonId: string;
  notesEn: string;
  notesRu: string;
}

export function formFromSession(s: Session): SessionForm {
  return {
    titleEn: s.title.en,
    titleRu: s.title.ru,
    bodyIds: [...s.bodyIds],
    kind: s.kind,
    status: s.status,
    allDay: s.allDay,
    startDate: s.start.slice(0, 10),
    startTime: s.allDay ? '10:00' : s.start.slice(11, 16),
    endDate: s.end.slice(0, 10),
    endTime: s.allDay ? '13:00' : s.end.slice(11, 16),
    timeZone: s.timeZone,
    cityEn: s.venue.city.en,
    cityRu: s.venue.city.ru,
    placeEn: s.venue.place?.en ?? '',
    placeRu: s.venue.place?.ru ?? '',
    chairPersonId: s.chairPersonId ?? '',
    notesEn: s.notes?.en ?? '',
    notesRu: s.notes?.ru ?? '',
  };
}

export function newForm(homeTimeZone: string, defaults?: { start: string; end: string; allDay: boolean }): SessionForm {
  return {
    titleEn: '',
    titleRu: '',
    bodyIds: [],
    kind: 'regular',
    status: 'planned',
    allDay: defaults?.allDay ?? false,
    startDate: defaults?.start.slice(0, 10) ?? '',
    startTime: defaults && !defaults.allDay ? defaults.start.slice(11, 16) : '10:00',
    endDate: defaults?.end.slice(0, 10) ?? '',
    endTime: defaults && !defaults.allDay ? defaults.end.slice(11, 16) : '13:00',
    timeZone: homeTimeZone,
    cityEn: '',
    cityRu: '',
    placeEn: '',
    placeRu: '',
    chairPersonId: '',
    notesEn: '',
    notesRu: '',
  };
}

export function inputFromForm(f: SessionForm): SessionInput {
  const place = trimmedText({ en: f.placeEn, ru: f.placeRu });
  const notes = trimmedText({ en: f.notesEn, ru: f.notesRu });
  const wall = (date: string, time: string): string => (date ? `${date}T${f.allDay ? '00:00' : time || '00:00'}` : '');
  return {
    title: { en: f.titleEn.trim(), ru: f.titleRu.trim() },
    bodyIds: f.bodyIds,
    kind: f.kind,
    status: f.status,
    allDay: f.allDay,
    // An end date left empty means the session ends on the day it starts.
    start: wall(f.startDate, f.startTime),
    end: wall(f.endDate || f.startDate, f.endTime),
    timeZone: f.timeZone.trim(),
    venue: { city: { en: f.cityEn.trim(), ru: f.cityRu.trim() }, ...(place ? { place } : {}) },
    ...(f.chairPersonId ? { chairPersonId: f.chairPersonId } : {}),
    ...(notes ? { notes } : {}),
  };
}
