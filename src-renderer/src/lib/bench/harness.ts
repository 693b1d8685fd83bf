// The in-page half of `npm run bench` (QUALITY.md, performance targets 1–9): each function
// times the app's own code path (A) and the platform baseline for the same work (B) in the
// same page. Loaded only with `?bench=1`; the Node half (e2e/bench/bench.mjs) alternates
// the calls, takes medians and drives the screens.
import { updateParticipant } from '../actions/participants';
import { store } from '../db';
import { readChairmanships } from '../db/read-models';
import { readIcsData } from '../db/schedule-read-models';
import { stamp } from '../db/table-repository';
import { SessionsRepository } from '../db/sessions';
import type { Participant, Row, Session } from '../domain/types';
import { yearRangeUtc } from '../domain/time';
import { generateArchive, LARGE_ARCHIVE, type ArchiveBatch } from '../example/large/generate';
import { sessionsToIcs } from '../io/ics-export';
import { openRaw, rawClear, rawGetAll, rawPut, rawEditOne } from './raw-idb';

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/**
 * Waits until the page is idle, so that work the previous step left behind (a live query
 * answering late, a screen being torn down) is not timed as part of the next one.
 */
const settle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 50), { timeout: 2_000 }));

/**
 * Times `app` and `raw` once on each item, one pair after the other, and adds up each side's
 * time. The order within a pair switches every time (A B, B A, …): the first of a pair meets
 * what the pair before left behind (garbage to collect, a wake from idle), and timed first
 * every time, the app's side alone paid for it.
 */
async function interleaved<T>(
  items: readonly T[],
  app: (item: T) => Promise<unknown>,
  raw: (item: T) => Promise<unknown>,
): Promise<{ app: number; raw: number }> {
  const total = { app: 0, raw: 0 };
  const sides = { app, raw };
  for (const [i, item] of items.entries()) {
    for (const side of i % 2 === 0 ? (['app', 'raw'] as const) : (['raw', 'app'] as const)) {
      const t = performance.now();
      await sides[side](item);
      total[side] += performance.now() - t;
    }
  }
  return total;
}

let batches: ArchiveBatch[] | null = null;

async function archiveBatches(): Promise<ArchiveBatch[]> {
  if (batches) return batches;
  const s = store();
  const [parties, bodies] = await Promise.all([s.db.parties.toArray(), s.db.bodies.toArray()]);
  const now = new Date('2026-01-01T00:00:00.000Z');
  const sessions = new SessionsRepository(s.bulkDb, () => now);
  batches = [
    ...generateArchive(
      { parties, bodies },
      <T extends Row>(f: Omit<T, keyof Row>, id: string): T => stamp<T>(f, now, id),
      (input, id) => sessions.build(input, id),
    ),
  ];
  return batches;
}

function archiveTables(all: readonly ArchiveBatch[]): string[] {
  return [...new Set(all.map((b) => b.table))];
}

const latestYear = LARGE_ARCHIVE.firstYear + LARGE_ARCHIVE.years - 1;

export const harness = {
  /** The archive's last year: the year the first screen opens, read by target 8's floor pages too. */
  latestYear,

  /** Target 1: writing the archive through the app's import path vs raw puts (strict durability both). */
  async importPair(): Promise<{ app: number; raw: number; rows: number }> {
    const all = await archiveBatches();
    const db = store().bulkDb;
    const tables = archiveTables(all);
    const raw = await openRaw(db.name);
    try {
      await settle();
      await rawClear(raw, tables);
      let t = performance.now();
      await db.transaction('rw', tables, async () => {
        for (const batch of all) await db.table(batch.table).bulkPut(batch.rows);
      });
      const appMs = performance.now() - t;
      await rawClear(raw, tables);
      t = performance.now();
      await rawPut(raw, all, 'strict');
      const rawMs = performance.now() - t;
      return { app: appMs, raw: rawMs, rows: all.reduce((n, b) => n + b.rows.length, 0) };
    } finally {
      raw.close();
    }
  },

  /**
   * Lets the generated archive go once target 1 is done: 190,000 rows kept in memory for
   * nothing would make every collection of garbage in the targets that follow dearer, and
   * the app's side, which allocates more than the raw one, pay for it more.
   */
  releaseArchive(): void {
    batches = null;
  },

  /** Target 2: a year's sessions by the start index, 20 times, repository vs raw getAll. */
  async readPair(): Promise<{ app: number; raw: number }> {
    const { from, to } = yearRangeUtc(latestYear, 'UTC');
    const raw = await openRaw(store().db.name);
    try {
      await settle();
      return await interleaved(
        Array.from({ length: 20 }),
        () => store().sessions.startingBetween(from, to),
        () => rawGetAll(raw, 'sessions', 'startUtc', IDBKeyRange.bound(from, to, false, true)),
      );
    } finally {
      raw.close();
    }
  },

  /** Target 3: one attendance toggle (the participants tab's action) vs the same read and put in one raw relaxed transaction, 20 each. */
  async togglePair(): Promise<{ app: number; raw: number }> {
    const rows = await store().db.participants.limit(40).toArray();
    // Each toggle on a row of its own: the app's on the first half, the raw ones on the second.
    const pairs = rows.slice(0, 20).flatMap((mine, i) => {
      const theirs = rows[20 + i];
      return theirs ? [{ mine, theirs }] : [];
    });
    const raw = await openRaw(store().db.name);
    const flipped = (row: Participant): Participant['attendance'] => (row.attendance === 'present' ? 'absent' : 'present');
    try {
      await settle();
      const total = await interleaved(
        pairs,
        ({ mine }) => updateParticipant(mine, { attendance: flipped(mine) }),
        ({ theirs }) => rawEditOne(raw, 'participants', { ...theirs, attendance: flipped(theirs) }),
      );
      return { app: total.app / pairs.length, raw: total.raw / pairs.length };
    } finally {
      raw.close();
    }
  },

  /** Target 4 baseline: raw read of the year's sessions and a plain DOM list of them, to the next frame. */
  async rawYearRender(): Promise<{ ms: number; rows: number }> {
    const { from, to } = yearRangeUtc(latestYear, 'UTC');
    return plainRender(
      async (raw) => (await rawGetAll(raw, 'sessions', 'startUtc', IDBKeyRange.bound(from, to, false, true))) as Session[],
    );
  },

  /** Target 5 baseline: raw read of all sessions and a plain DOM list of all of them, to the next frame. */
  async rawAllRender(): Promise<{ ms: number; rows: number }> {
    return plainRender(async (raw) => (await rawGetAll(raw, 'sessions', 'startUtc', IDBKeyRange.lowerBound(''))) as Session[]);
  },

  /** Target 6: the ICS writer vs JSON.stringify of the same rows (read beforehand, not timed). */
  async icsPair(): Promise<{ app: number; raw: number; sessions: number }> {
    const sessions = await store().db.sessions.orderBy('startUtc').toArray();
    const data = await readIcsData(store(), sessions);
    let t = performance.now();
    sessionsToIcs(sessions, { ...data, lang: 'en', calendarName: 'Bench', organizer: { name: 'Bench' } });
    const appMs = performance.now() - t;
    t = performance.now();
    JSON.stringify({
      sessions,
      agenda: [...data.agenda],
      participants: [...data.participants],
      persons: [...data.persons],
      bodies: [...data.bodies],
    });
    return { app: appMs, raw: performance.now() - t, sessions: sessions.length };
  },

  /** Target 6, second half: the real export (a worker) and the longest main-thread task meanwhile. */
  async icsExportLongestTask(): Promise<{ ms: number; longestTask: number; bytes: number }> {
    const { buildIcs } = await import('../actions/schedule-files');
    const chairmanship = await readChairmanships(store()).then((all) => all.find((c) => c.year === latestYear) ?? all[0]);
    if (!chairmanship) throw new Error('no chairmanship');
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    const t = performance.now();
    const bytes = await buildIcs({ range: { from: '', to: '\uffff' } }, chairmanship, 'en');
    const ms = performance.now() - t;
    await frame();
    observer.disconnect();
    return { ms, longestTask: Math.max(0, ...tasks), bytes: bytes.length };
  },

  /** Target 8: raw reads of what the first screen shows (chairmanship, settings, the year's sessions, bodies). */
  async rawFirstScreenReads(): Promise<number> {
    const raw = await openRaw(store().db.name);
    try {
      const { from, to } = yearRangeUtc(latestYear, 'UTC');
      const t = performance.now();
      await Promise.all([
        rawGetAll(raw, 'sessions', 'startUtc', IDBKeyRange.bound(from, to, false, true)),
        new Promise((resolve) => {
          const tx = raw.transaction(['chairmanships', 'settings', 'bodies'], 'readonly');
          tx.objectStore('chairmanships').getAll();
          tx.objectStore('settings').getAll();
          tx.objectStore('bodies').getAll();
          tx.oncomplete = resolve;
        }),
      ]);
      return performance.now() - t;
    } finally {
      raw.close();
    }
  },

  /** From the change of address to the first frame that begins with `count` elements matching `selector`. */
  async routeToFrame(hash: string, selector: string, count: number): Promise<{ ms: number; nodes: number }> {
    await settle();
    const t = performance.now();
    location.hash = hash;
    // Checked at each frame (an observer of the whole page would itself slow every insertion
    // down): the first frame that begins with the rows in the page ends the measurement.
    let end = await frame();
    while (document.querySelectorAll(selector).length < count) end = await frame();
    return { ms: end - t, nodes: document.querySelectorAll(selector).length };
  },
};

async function plainRender(read: (raw: IDBDatabase) => Promise<Session[]>): Promise<{ ms: number; rows: number }> {
  const raw = await openRaw(store().db.name);
  try {
    await settle();
    const t = performance.now();
    const sessions = await read(raw);
    const list = document.createElement('ul');
    for (const s of sessions) {
      const li = document.createElement('li');
      for (const text of [s.start.slice(0, 10), s.bodyIds.join(' + '), s.title.en, s.venue.city.en, s.status]) {
        const span = document.createElement('span');
        span.textContent = text;
        li.append(span);
      }
      list.append(li);
    }
    document.body.append(list);
    const end = await frame();
    list.remove();
    return { ms: end - t, rows: sessions.length };
  } finally {
    raw.close();
  }
}

declare global {
  interface Window {
    chairdeskBench?: typeof harness;
  }
}

window.chairdeskBench = harness;
