// The people, participants and attendance screens' data, as live queries.
import { store } from '../db';
import {
  readAttendance,
  readPeople,
  readPersonDetail,
  readSessionParticipants,
  type AttendanceData,
  type PeopleList,
  type PersonDetail,
  type SessionParticipants,
} from '../db/people-read-models';
import { SettingKey } from '../db/settings';
import type { Chairmanship } from '../domain/types';
import { app } from './app.svelte';
import { Live } from './live.svelte';

export type NameOrder = 'family-given' | 'given-family';
export const isNameOrder = (value: unknown): value is NameOrder => value === 'family-given' || value === 'given-family';

/** The open chairmanship's organization's people (none while no chairmanship is open). */
export function livePeople(): Live<PeopleList | undefined> {
  return new Live(() => {
    const organizationId = app.organizationId;
    return async () => (organizationId ? readPeople(store(), organizationId) : { persons: [], parties: [] });
  }, undefined);
}

export function livePersonDetail(id: () => string): Live<PersonDetail | null | undefined> {
  return new Live(() => {
    const personId = id();
    return () => readPersonDetail(store(), personId);
  }, undefined);
}

export function liveSessionParticipants(id: () => string): Live<SessionParticipants | null | undefined> {
  return new Live(() => {
    const sessionId = id();
    return () => readSessionParticipants(store(), sessionId);
  }, undefined);
}

export function liveAttendance(chairmanship: () => Chairmanship | undefined): Live<AttendanceData | undefined> {
  return new Live(() => {
    const c = chairmanship();
    const range = c ? { organizationId: c.organizationId, firstDay: c.firstDay, lastDay: c.lastDay, homeTimeZone: c.homeTimeZone } : null;
    return async () => (range ? readAttendance(store(), range) : undefined);
  }, undefined);
}

/** How names are shown and sorted on the people screens ("LAVROV, Sergey" by default). */
export function liveNameOrder(): Live<NameOrder> {
  return new Live(() => () => store().settings.get<NameOrder>(SettingKey.nameOrder, 'family-given', isNameOrder), 'family-given');
}
