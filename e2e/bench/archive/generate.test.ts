import { describe, expect, it } from 'vitest';
import { SessionsRepository } from '$lib/db/sessions';
import { ChairdeskDB } from '$lib/db/db';
import { stamp } from '$lib/db/table-repository';
import { validateSession } from '$lib/domain/session-rules';
import type { Body, Participant, Party, Row, Session } from '$lib/domain/types';
import { BODIES, PARTIES } from '$lib/example/csto-2015';
import { generateArchive, LARGE_ARCHIVE } from './generate';

const now = new Date('2026-01-01T00:00:00Z');
const parties = PARTIES.map(({ id, ...fields }) => stamp<Party>(fields, now, id));
const bodies = BODIES.map(({ id, ...fields }) => stamp<Body>(fields, now, id));
const sessions = new SessionsRepository(new ChairdeskDB('unused-archive-db'), () => now);

function generate(seed: number): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  // Batches are appended in place: spreading 100,000 rows per batch would be quadratic.
  for (const batch of generateArchive(
    { parties, bodies },
    <T extends Row>(f: Omit<T, keyof Row>, id: string): T => stamp<T>(f, now, id),
    (input, id) => sessions.build(input, id),
    { seed },
  )) {
    const rows = tables.get(batch.table) ?? [];
    rows.push(...batch.rows);
    tables.set(batch.table, rows);
  }
  return tables;
}

describe('the large archive', { timeout: 60_000 }, () => {
  const archive = generate(7);

  it('has the sizes of docs/quality.md (about 190,000 rows)', () => {
    const counts = Object.fromEntries([...archive].map(([t, rows]) => [t, rows.length]));
    expect(counts).toEqual({
      chairmanships: 10,
      persons: 2_000,
      sessions: 5_000,
      agendaItems: 55_000,
      participants: 100_000,
      documents: 15_000,
      actionPlans: 10,
      actionItems: 15_000,
    });
    expect(LARGE_ARCHIVE.sessionsPerYear * LARGE_ARCHIVE.years).toBe(5_000);
  });

  it('is realistic: valid sessions in several zones, joint sessions, substitutes, unique participants per session, Cyrillic and Tajik names', () => {
    const all = (archive.get('sessions') ?? []) as Session[];
    expect(all.every((s) => validateSession(s).length === 0)).toBe(true);
    expect(new Set(all.map((s) => s.timeZone)).size).toBeGreaterThanOrEqual(6);
    expect(all.filter((s) => s.bodyIds.length > 1).length).toBeGreaterThan(200);
    const participants = (archive.get('participants') ?? []) as Participant[];
    const keys = new Set(participants.map((p) => `${p.sessionId}|${p.personId}`));
    expect(keys.size).toBe(participants.length);
    expect(participants.filter((p) => p.representsPersonId).length).toBeGreaterThan(1_000);
    const names = JSON.stringify(archive.get('persons'));
    expect(names).toMatch(/[ӣӯҳҷқғ]/i);
  });

  it('is the same for the same seed and different for another', () => {
    const again = generate(7);
    const other = generate(8);
    const titles = (a: Map<string, Row[]>): string =>
      JSON.stringify((a.get('sessions') ?? []).slice(0, 50).map((s) => [(s as Session).start, (s as Session).bodyIds]));
    expect(titles(again)).toBe(titles(archive));
    expect(titles(other)).not.toBe(titles(archive));
  });
});
