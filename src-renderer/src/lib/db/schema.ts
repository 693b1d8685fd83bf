// Every schema version Chairdesk has shipped, oldest first. A version is never edited once
// released: a change is a new entry here plus its upgrade in ./migrations/ (with a fixture
// database of the previous version and a test that upgrades it).

/** Dexie store definitions: primary key first, then indexes (`&` unique, `*` multi-entry, `[a+b]` compound). */
export type StoreSpec = Record<string, string>;

export const SCHEMA_V1: StoreSpec = {
  chairmanships: 'id, year',
  parties: 'id, kind',
  bodies: 'id',
  persons: 'id, partyId',
  appointments: 'id, personId, [bodyId+partyId]',
  sessions: 'id, *bodyIds, status, startUtc, &icsUid',
  agendaItems: 'id, [sessionId+position]',
  participants: 'id, sessionId, personId, partyId, &[sessionId+personId]',
  documents: 'id, sessionId',
  actionPlans: 'id, chairmanshipId',
  actionItems: 'id, planId, parentId, dueDate, dueSessionId, status',
  actionUpdates: 'id, actionItemId, at',
  settings: 'key',
};

/**
 * Version 2: the reference data belongs to an organization (its states, bodies, people, seats
 * and Action Plan themes), chairmanships name their organization and their first and last
 * day, and deleted rows leave tombstones for merges (./migrations/002-organizations.ts).
 */
export const SCHEMA_V2: StoreSpec = {
  organizations: 'id',
  chairmanships: 'id, year, organizationId',
  parties: 'id, kind, organizationId',
  bodies: 'id, organizationId',
  persons: 'id, partyId, organizationId',
  appointments: 'id, personId, [bodyId+partyId], organizationId',
  themes: 'id, organizationId',
  sessions: 'id, *bodyIds, status, startUtc, &icsUid',
  agendaItems: 'id, [sessionId+position]',
  participants: 'id, sessionId, personId, partyId, &[sessionId+personId]',
  documents: 'id, sessionId',
  actionPlans: 'id, chairmanshipId',
  actionItems: 'id, planId, parentId, dueDate, dueSessionId, status',
  actionUpdates: 'id, actionItemId, at',
  tombstones: '[table+id]',
  settings: 'key',
};

/**
 * Version 3: the meeting's paperwork. A session has one seating plan and one journal; outcome
 * documents form the register of decisions, listed by body. Free text that appears in
 * documents becomes bilingual (./migrations/003-paperwork.ts).
 */
export const SCHEMA_V3: StoreSpec = {
  ...SCHEMA_V2,
  documents: 'id, sessionId, bodyId',
  seatingPlans: 'id, &sessionId',
  journals: 'id, &sessionId',
};

export interface SchemaVersion {
  version: number;
  stores: StoreSpec;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
  { version: 3, stores: SCHEMA_V3 },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

export const TABLE_NAMES: readonly string[] = Object.keys(SCHEMA_V3);
