// The data model of DESIGN.md §3 as TypeScript types. Pure: no Dexie, no Svelte, no DOM.

/** Bilingual text: English and Russian (the organization's working language). */
export interface Text {
  en: string;
  ru: string;
}

/**
 * What every stored row carries: a global string id, optimistic-concurrency fields, and the
 * change stamps a merge reads (./changes.ts): `fieldHlc` stamps each field written after the
 * row was created (every field of a row put back by Undo). A field without a stamp was written
 * when the row was created, before any copy of it could diverge.
 */
export interface Row {
  id: string;
  createdAt: string;
  updatedAt: string;
  rev: number;
  fieldHlc?: Record<string, string>;
}

/** The bookkeeping every row carries, kept by the repositories. */
export type Bookkeeping = 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'fieldHlc';

/** A row's own fields, without the bookkeeping the repositories keep. */
export type Fields<T extends Row> = Omit<T, Bookkeeping>;

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** A venue wall-clock time, `YYYY-MM-DDTHH:mm` (no zone: the zone is stored beside it). */
export type WallTime = string;
/** An instant in UTC, `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export type UtcInstant = string;

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The order in which an organization lists and seats its member states: alphabetical in one
 * of its languages (Russian by default, as the CSTO does), optionally starting from a state
 * drawn by lot and continuing round the alphabet (the UN practice), or a fixed order.
 */
export type ProtocolOrderRule = { kind: 'alphabetical'; language: Lang; startPartyId?: string } | { kind: 'fixed' };

/** The intergovernmental organization whose chairmanships the app keeps: the owner of the reference data. */
export interface Organization extends Row {
  name: Text;
  /** The name in running text ("the Collective Security Treaty Organization"); empty: the full name. */
  short: Text;
  acronym: Text;
  protocolOrder: ProtocolOrderRule;
}

/** An Action Plan theme of an organization (counter-terrorism, drug trafficking…). */
export interface Theme extends Row {
  organizationId: string;
  name: Text;
  /** The place in the organization's list. */
  position: number;
  retired?: boolean;
}

export const PARTY_KINDS = ['member', 'observer', 'partner', 'organization'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export interface Party extends Row {
  organizationId: string;
  kind: PartyKind;
  name: Text;
  short: Text;
  iso2?: string;
  /** The capital's zone: delegations' second clock. */
  timeZone?: string;
  capital?: Text;
  memberSince?: IsoDate;
  memberUntil?: IsoDate;
  /** The place in the organization's list (the protocol order when the rule is fixed). */
  position: number;
  /** Kept for history, offered for nothing new. */
  retired?: boolean;
}

export const BODY_LEVELS = ['heads-of-state', 'ministers', 'secretaries', 'permanent', 'parliamentary', 'experts'] as const;
export type BodyLevel = (typeof BODY_LEVELS)[number];
export const DECISION_RULES = ['consensus', 'quorum'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

/** A member state's place on a body, from and to a date, with the title of its seat. */
export interface BodySeat {
  partyId: string;
  from?: IsoDate;
  to?: IsoDate;
  /** The seat's title for this state; empty: the body's. */
  title?: Text;
}

/** A name a body bore until a date (renames do not rewrite the sessions held before). */
export interface FormerName {
  until: IsoDate;
  name: Text;
  acronym: Text;
}

export interface Body extends Row {
  organizationId: string;
  name: Text;
  acronym: Text;
  level: BodyLevel;
  /** The usual title of a seat (Minister of Foreign Affairs). */
  seatTitle: Text;
  /** Which member states sit on it, since when. */
  seats: BodySeat[];
  decisionRule: DecisionRule;
  /** With the quorum rule: how many member states must be present. */
  quorum?: number;
  /** The state whose seat holder chairs it; none: the chairing state. */
  chairPartyId?: string;
  formerNames?: FormerName[];
  position: number;
  retired?: boolean;
}

export interface PersonName {
  given: string;
  family: string;
}

export interface Person extends Row {
  organizationId: string;
  names: { en: PersonName; ru: PersonName };
  honorific: Text;
  partyId?: string;
  /** Current position, shown in lists where no seat title applies (guests, observers). */
  position?: Text;
  email?: string;
  phone?: string;
  notes?: string;
}

/** Who holds a seat (a party's place on a body) from one date to another. */
export interface Appointment extends Row {
  organizationId: string;
  personId: string;
  bodyId: string;
  partyId: string;
  title: Text;
  from: IsoDate;
  to?: IsoDate;
  /** An acting holder may overlap the holder of the same seat. */
  acting?: boolean;
}

export const SESSION_KINDS = ['regular', 'extraordinary', 'informal', 'joint'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_STATUSES = ['draft', 'planned', 'confirmed', 'held', 'postponed', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface Venue {
  city: Text;
  country?: string;
  /** The building or hall ("Palace of Independence" / "Дворец Независимости"), printed in documents. */
  place?: Text;
}

/** A change of date or status kept on the session, newest last ("postponed from …"). */
export interface SessionChange {
  at: UtcInstant;
  kind: 'postponed' | 'cancelled';
  from: { start: WallTime; end: WallTime; timeZone: string; allDay: boolean };
  status: SessionStatus;
  /** Why, as the desk officer gave it (optional; one language may stay empty). */
  reason?: Text;
}

export interface Session extends Row {
  title: Text;
  bodyIds: string[];
  kind: SessionKind;
  status: SessionStatus;
  allDay: boolean;
  /** Venue wall clock; for all-day sessions the time part is `00:00` and `end` is the last day. */
  start: WallTime;
  end: WallTime;
  timeZone: string;
  startUtc: UtcInstant;
  endUtc: UtcInstant;
  venue: Venue;
  chairPersonId?: string;
  icsUid: string;
  icsSequence: number;
  /** Notes meant for print (the programme), in both languages. */
  notes?: Text;
  history?: SessionChange[];
}

export interface AgendaItem extends Row {
  sessionId: string;
  position: number;
  title: Text;
  presenterId?: string;
  minutes: number;
  notes?: Text;
}

export const PARTICIPANT_ROLES = ['chair', 'head', 'member', 'guest', 'observer', 'expert', 'secretariat'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const INVITATION_STATES = ['none', 'invited', 'confirmed', 'declined'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];
export const ATTENDANCE_STATES = ['unknown', 'present', 'absent', 'excused'] as const;
export type AttendanceState = (typeof ATTENDANCE_STATES)[number];

export interface Participant extends Row {
  sessionId: string;
  personId: string;
  partyId: string;
  role: ParticipantRole;
  representsPersonId?: string;
  invitation: InvitationState;
  attendance: AttendanceState;
  checkedInAt?: UtcInstant;
  notes?: string;
  /** Why a substitute from another party sits in for `representsPersonId` (required then). */
  substituteReason?: Text;
}

export const DOCUMENT_KINDS = ['decision', 'statement', 'declaration', 'protocol', 'report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = ['draft', 'adopted', 'withdrawn'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * An outcome document of a session: an entry of the chairmanship's register of decisions
 * (declarations, statements, protocols and reports are listed beside the decisions).
 */
export interface OutcomeDocument extends Row {
  sessionId: string;
  kind: DocumentKind;
  title: Text;
  adoptedOn?: IsoDate;
  /** "CFM Decision No. 3/2015"; kept as typed, or built from `bodyId`, `number` and the year. */
  reference?: string;
  /** The body that adopts it (numbering is per body and year). */
  bodyId?: string;
  /** Its number in the body's register for the year. */
  number?: number;
  /** Absent in rows written before the register: adopted when `adoptedOn` is set, else draft. */
  status?: DocumentStatus;
}

export const SEATING_SHAPES = ['round', 'u-shape', 'rectangle', 'theatre'] as const;
export type SeatingShape = (typeof SEATING_SHAPES)[number];

/** The plan of a session's table: one per session. */
export interface SeatingPlan extends Row {
  sessionId: string;
  shape: SeatingShape;
  /** Seats per delegation: the head at the table, the others behind. */
  seatsPerDelegation: number;
  /** The state drawn by lot to sit first to the chair's right; absent: the protocol order's own start. */
  startPartyId?: string;
  /** Interpreters' booths shown on the plan. */
  booths: number;
  /** The delegations at the table (party ids) in their places from the chair's right, manual changes kept. */
  order: string[];
  /** Guests' and observers' delegations, in their own section. */
  guests: string[];
}

export const JOURNAL_EVENTS = ['opened', 'suspended', 'resumed', 'closed'] as const;
export type JournalEventKind = (typeof JOURNAL_EVENTS)[number];

/** The journal of a session: what happened, when (venue time), who chaired and who spoke. */
export interface SessionJournal extends Row {
  sessionId: string;
  events: { kind: JournalEventKind; at: WallTime }[];
  chairPersonIds: string[];
  items: { agendaItemId: string; speakerIds: string[]; documentIds: string[]; notes?: Text }[];
}

export interface ActionPlan extends Row {
  chairmanshipId: string;
  title: Text;
  approvedOn?: IsoDate;
  approvedBy?: Text;
  basis: string[];
}

export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'blocked', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionItem extends Row {
  planId: string;
  number: string;
  sortKey: string;
  parentId?: string;
  title: Text;
  description: Text;
  theme: string;
  responsible: { partyIds: string[]; bodyIds: string[]; personIds: string[] };
  dueDate?: IsoDate;
  dueSessionId?: string;
  status: ActionStatus;
  progress: number;
  reviewedAt: string[];
  documentIds: string[];
  /** The day the item joined the plan, when after the plan's approval (burn-down). */
  addedOn?: IsoDate;
  /** The item of an earlier chairmanship's plan this one was carried forward from. */
  carriedFrom?: string;
}

export interface ActionUpdate extends Row {
  actionItemId: string;
  /** When it was written. */
  at: UtcInstant;
  /** The day it took effect, when written later (absent: the day of `at` in the home time zone). */
  on?: IsoDate;
  /** The progress note, printed in the Action Plan report. */
  text: Text;
  statusFrom?: ActionStatus;
  statusTo?: ActionStatus;
  sessionId?: string;
}

/** One chairing state's year at the head of one organization. */
export interface Chairmanship extends Row {
  organizationId: string;
  chairState: Text;
  chairPartyId?: string;
  /** The year it is known by (its first day's, unless the user says otherwise). */
  year: number;
  /** Its first and last day: a chairmanship need not follow the calendar year. */
  firstDay: IsoDate;
  lastDay: IsoDate;
  homeTimeZone: string;
  /** 1 for the built-in example year (IndexedDB keys cannot be booleans). */
  example: 0 | 1;
}

/** A chairmanship with its organization, as every screen and document shows it. */
export interface ChairmanshipView extends Chairmanship {
  organization: Organization;
  /**
   * The city that names the home clock: the chairing state's capital when it keeps the home
   * zone, else the capital of another member state of the organization that keeps it.
   */
  homeCity?: Text;
}

/**
 * A deleted row, kept so that a merge can tell "deleted there" from "never had it". `hlc`
 * stamps the deletion; `replacedBy` names the row that took its place (people merged into one,
 * two copies of one participant reconciled).
 */
export interface Tombstone {
  table: string;
  id: string;
  hlc: string;
  at: UtcInstant;
  replacedBy?: string;
}

export interface Setting {
  key: string;
  value: unknown;
  updatedAt: string;
  rev: number;
}
