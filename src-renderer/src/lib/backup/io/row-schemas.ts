// zod schemas of a backup: the envelope, and each table's rows as DESIGN.md §3 defines them.
// Rows are checked, not rewritten: a field a newer version added passes through untouched
// (looseObject), but every field this version reads must have its type, so a crafted file
// cannot put a number where a screen expects a name. Pure.
import * as z from 'zod/mini';
import {
  ACTION_STATUSES,
  ATTENDANCE_STATES,
  BODY_LEVELS,
  DECISION_RULES,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  INVITATION_STATES,
  PARTICIPANT_ROLES,
  JOURNAL_EVENTS,
  PARTY_KINDS,
  SEATING_SHAPES,
  SESSION_KINDS,
  SESSION_STATUSES,
  type ActionItem,
  type ActionPlan,
  type ActionUpdate,
  type AgendaItem,
  type Appointment,
  type Body,
  type Chairmanship,
  type Organization,
  type OutcomeDocument,
  type Participant,
  type Party,
  type Person,
  type SeatingPlan,
  type Session,
  type SessionJournal,
  type Setting,
  type Theme,
  type Tombstone,
} from '../../domain/types';
import { isDot, isNode } from '../../domain/changes';
import { isEmailAddress } from '../../domain/person-rules';
import { BACKUP_FORMAT, BACKUP_TABLES, TABLES_OF_SCHEMA, type BackupTable } from './file-format';

// A 10,000-character note is ordinary; a megabyte in one field is not a protocol record.
const MAX_TEXT = 200_000;
const text = z.string().check(z.maxLength(MAX_TEXT));
// Ids are written into calendar files and file names: letters, digits and a few marks only,
// so a crafted backup cannot smuggle a line break or a property into an export.
const id = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]*$/));
const dot = z.string().check(z.refine(isDot, 'not a change stamp'));
const email = z.string().check(z.maxLength(320), z.refine(isEmailAddress, 'not an e-mail address'));
const instant = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z$/));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const wallTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/));
const count = z.int().check(z.gte(0));
const bilingual = z.object({ en: text, ru: text });
const ids = z.array(id).check(z.maxLength(10_000));

const row = {
  id,
  createdAt: instant,
  updatedAt: instant,
  rev: count,
  fieldHlc: z.optional(z.record(z.string().check(z.maxLength(100)), dot)),
};

const protocolOrder = z.union([
  z.object({ kind: z.literal('alphabetical'), language: z.enum(['en', 'ru']), startPartyId: z.optional(id) }),
  z.object({ kind: z.literal('fixed') }),
]);

export const organizationRow = z.looseObject({
  ...row,
  name: bilingual,
  short: bilingual,
  acronym: bilingual,
  protocolOrder,
}) satisfies z.ZodMiniType<Organization>;

const theme = z.looseObject({
  ...row,
  organizationId: id,
  name: bilingual,
  position: z.number(),
  retired: z.optional(z.boolean()),
}) satisfies z.ZodMiniType<Theme>;

export const chairmanshipRow = z.looseObject({
  ...row,
  organizationId: id,
  chairState: bilingual,
  chairPartyId: z.optional(id),
  year: z.int().check(z.gte(1900), z.lte(2200)),
  firstDay: isoDate,
  lastDay: isoDate,
  homeTimeZone: text,
  example: z.union([z.literal(0), z.literal(1)]),
}) satisfies z.ZodMiniType<Chairmanship>;

const party = z.looseObject({
  ...row,
  organizationId: id,
  kind: z.enum(PARTY_KINDS),
  name: bilingual,
  short: bilingual,
  iso2: z.optional(text),
  timeZone: z.optional(text),
  capital: z.optional(bilingual),
  memberSince: z.optional(isoDate),
  memberUntil: z.optional(isoDate),
  position: z.number(),
  retired: z.optional(z.boolean()),
}) satisfies z.ZodMiniType<Party>;

const bodySeat = z.object({ partyId: id, from: z.optional(isoDate), to: z.optional(isoDate), title: z.optional(bilingual) });
const formerName = z.object({ until: isoDate, name: bilingual, acronym: bilingual });
const body = z.looseObject({
  ...row,
  organizationId: id,
  name: bilingual,
  acronym: bilingual,
  level: z.enum(BODY_LEVELS),
  seatTitle: bilingual,
  seats: z.array(bodySeat).check(z.maxLength(1000)),
  decisionRule: z.enum(DECISION_RULES),
  quorum: z.optional(count),
  chairPartyId: z.optional(id),
  formerNames: z.optional(z.array(formerName).check(z.maxLength(100))),
  position: z.number(),
  retired: z.optional(z.boolean()),
}) satisfies z.ZodMiniType<Body>;

const tombstone = z.strictObject({
  table: z.string().check(z.maxLength(100)),
  id,
  hlc: dot,
  at: instant,
  replacedBy: z.optional(id),
}) satisfies z.ZodMiniType<Tombstone>;

const personName = z.object({ given: text, family: text });
const person = z.looseObject({
  ...row,
  organizationId: id,
  names: z.object({ en: personName, ru: personName }),
  honorific: bilingual,
  partyId: z.optional(id),
  position: z.optional(bilingual),
  email: z.optional(email),
  phone: z.optional(text),
  notes: z.optional(text),
}) satisfies z.ZodMiniType<Person>;

const appointment = z.looseObject({
  ...row,
  organizationId: id,
  personId: id,
  bodyId: id,
  partyId: id,
  title: bilingual,
  from: isoDate,
  to: z.optional(isoDate),
  acting: z.optional(z.boolean()),
}) satisfies z.ZodMiniType<Appointment>;

const sessionChange = z.object({
  at: instant,
  kind: z.enum(['postponed', 'cancelled']),
  from: z.object({ start: wallTime, end: wallTime, timeZone: text, allDay: z.boolean() }),
  status: z.enum(SESSION_STATUSES),
  reason: z.optional(bilingual),
});
const session = z.looseObject({
  ...row,
  title: bilingual,
  bodyIds: ids,
  kind: z.enum(SESSION_KINDS),
  status: z.enum(SESSION_STATUSES),
  allDay: z.boolean(),
  start: wallTime,
  end: wallTime,
  timeZone: text,
  startUtc: instant,
  endUtc: instant,
  venue: z.looseObject({ city: bilingual, country: z.optional(text), place: z.optional(bilingual) }),
  chairPersonId: z.optional(id),
  icsUid: z.string().check(z.minLength(1), z.maxLength(1000)),
  icsSequence: count,
  notes: z.optional(bilingual),
  history: z.optional(z.array(sessionChange).check(z.maxLength(1000))),
}) satisfies z.ZodMiniType<Session>;

const agendaItem = z.looseObject({
  ...row,
  sessionId: id,
  position: z.number(),
  title: bilingual,
  presenterId: z.optional(id),
  minutes: z.number().check(z.gte(0)),
  notes: z.optional(bilingual),
}) satisfies z.ZodMiniType<AgendaItem>;

const participant = z.looseObject({
  ...row,
  sessionId: id,
  personId: id,
  partyId: id,
  role: z.enum(PARTICIPANT_ROLES),
  representsPersonId: z.optional(id),
  invitation: z.enum(INVITATION_STATES),
  attendance: z.enum(ATTENDANCE_STATES),
  checkedInAt: z.optional(instant),
  notes: z.optional(text),
  substituteReason: z.optional(bilingual),
}) satisfies z.ZodMiniType<Participant>;

const outcomeDocument = z.looseObject({
  ...row,
  sessionId: id,
  kind: z.enum(DOCUMENT_KINDS),
  title: bilingual,
  adoptedOn: z.optional(isoDate),
  reference: z.optional(text),
  bodyId: z.optional(id),
  number: z.optional(z.int().check(z.gte(1))),
  status: z.optional(z.enum(DOCUMENT_STATUSES)),
}) satisfies z.ZodMiniType<OutcomeDocument>;

const seatingPlan = z.looseObject({
  ...row,
  sessionId: id,
  shape: z.enum(SEATING_SHAPES),
  seatsPerDelegation: z.int().check(z.gte(1), z.lte(50)),
  startPartyId: z.optional(id),
  booths: z.int().check(z.gte(0), z.lte(50)),
  order: ids,
  guests: ids,
}) satisfies z.ZodMiniType<SeatingPlan>;

const journal = z.looseObject({
  ...row,
  sessionId: id,
  events: z.array(z.object({ kind: z.enum(JOURNAL_EVENTS), at: wallTime })).check(z.maxLength(1000)),
  chairPersonIds: ids,
  items: z.array(z.object({ agendaItemId: id, speakerIds: ids, documentIds: ids, notes: z.optional(bilingual) })).check(z.maxLength(1000)),
}) satisfies z.ZodMiniType<SessionJournal>;

const actionPlan = z.looseObject({
  ...row,
  chairmanshipId: id,
  title: bilingual,
  approvedOn: z.optional(isoDate),
  approvedBy: z.optional(bilingual),
  basis: ids,
}) satisfies z.ZodMiniType<ActionPlan>;

const actionItem = z.looseObject({
  ...row,
  planId: id,
  number: text,
  sortKey: text,
  parentId: z.optional(id),
  title: bilingual,
  description: bilingual,
  theme: text,
  responsible: z.object({ partyIds: ids, bodyIds: ids, personIds: ids }),
  dueDate: z.optional(isoDate),
  dueSessionId: z.optional(id),
  status: z.enum(ACTION_STATUSES),
  progress: z.number().check(z.gte(0), z.lte(100)),
  reviewedAt: ids,
  documentIds: ids,
}) satisfies z.ZodMiniType<ActionItem>;

const actionUpdate = z.looseObject({
  ...row,
  actionItemId: id,
  at: instant,
  on: z.optional(isoDate),
  text: bilingual,
  statusFrom: z.optional(z.enum(ACTION_STATUSES)),
  statusTo: z.optional(z.enum(ACTION_STATUSES)),
  sessionId: z.optional(id),
}) satisfies z.ZodMiniType<ActionUpdate>;

const setting = z.object({
  key: id,
  value: z.unknown(),
  updatedAt: instant,
  rev: count,
}) satisfies z.ZodMiniType<Setting>;

export const ROW_SCHEMAS: Record<BackupTable, z.ZodMiniType> = {
  organizations: organizationRow,
  themes: theme,
  tombstones: tombstone,
  chairmanships: chairmanshipRow,
  parties: party,
  bodies: body,
  persons: person,
  appointments: appointment,
  sessions: session,
  agendaItems: agendaItem,
  participants: participant,
  documents: outcomeDocument,
  seatingPlans: seatingPlan,
  journals: journal,
  actionPlans: actionPlan,
  actionItems: actionItem,
  actionUpdates: actionUpdate,
  settings: setting,
};

const base64url = z.string().check(z.maxLength(100), z.regex(/^[A-Za-z0-9_-]+$/));

/** The envelope of a backup written by schema `version`; rows are checked table by table afterwards (for messages that name the row). */
export function envelopeSchema(version: number): z.ZodMiniType {
  const tables = TABLES_OF_SCHEMA[version] ?? BACKUP_TABLES;
  return z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.int().check(z.gte(1)),
    schemaVersion: z.int().check(z.gte(1)),
    appVersion: z.string().check(z.maxLength(100)),
    createdAt: instant,
    replica: z.optional(
      z.strictObject({
        node: z.string().check(z.refine(isNode, 'not a writer')),
        seen: z.record(z.string().check(z.refine(isNode, 'not a writer')), z.string().check(z.regex(/^[0-9a-z]{13}$/))),
        label: z.string().check(z.maxLength(100)),
      }),
    ),
    counts: z.strictObject(Object.fromEntries(tables.map((t) => [t, count]))),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    signature: z.optional(
      z.strictObject({
        key: z.strictObject({ kty: z.literal('EC'), crv: z.literal('P-256'), x: base64url, y: base64url }),
        value: z.string().check(z.maxLength(200), z.regex(/^[A-Za-z0-9+/=]*$/)),
      }),
    ),
    tables: z.strictObject(Object.fromEntries(tables.map((t) => [t, z.array(z.unknown())]))),
  });
}
