// The in-page half of `npm run bench` (docs/quality.md, performance targets 1–9): each function
// times the app's own code path (A) and the platform baseline for the same work (B) in the
// same page. It is part of the rig (./main.ts), a bundle of its own that the benchmark loads
// into the product's page; the Node half (e2e/bench/bench.mjs) alternates the calls, takes
// medians and drives the screens.
import { updateParticipant } from '$lib/actions/participants';
import { store } from '$lib/db';
import { readChairmanships } from '$lib/db/read-models';
import { readIcsData } from '$lib/db/schedule-read-models';
import type { Participant, Session } from '$lib/domain/types';
import { yearRangeUtc } from '$lib/domain/time';
import { sessionsToIcs } from '$lib/io/ics-export';
import { LARGE_ARCHIVE, type ArchiveBatch } from '../archive/generate';
import { openRaw, rawClear, rawGetAll, rawPut, rawEditOne } from './raw-idb';
import { buildArchive, seedLargeArchive, writeArchive } from './seed';

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/**
 * Waits until the page is idle, so that work the previous step left behind (a live query
 * answering late, a screen being torn down) is not timed as part of the next one.
 */
const settle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 50), { timeout: 2_000 }));

type Side = 'app' | 'raw';
/** The two sides in the order of pair `i`: A B, B A, A B … */
const order = (i: number): readonly [Side, Side] => (i % 2 === 0 ? ['app', 'raw'] : ['raw', 'app']);

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
    for (const side of order(i)) {
      const t = performance.now();
      await sides[side](item);
      total[side] += performance.now() - t;
    }
  }
  return total;
}

function archiveTables(all: readonly ArchiveBatch[]): string[] {
  return [...new Set(all.map((b) => b.table))];
}

const rowCount = (all: readonly ArchiveBatch[]): number => all.reduce((n, b) => n + b.rows.length, 0);

const latestYear = LARGE_ARCHIVE.firstYear + LARGE_ARCHIVE.years - 1;

/** One import of the archive, timed whole: its rows built, then written by `write`; the build's share apart. */
async function timedImport(write: (all: ArchiveBatch[]) => Promise<void>): Promise<{ ms: number; buildMs: number; rows: number }> {
  const t = performance.now();
  const all = await buildArchive(store());
  const buildMs = performance.now() - t;
  await write(all);
  return { ms: performance.now() - t, buildMs, rows: rowCount(all) };
}

export const harness = {
  /** The archive's last year: the year the first screen opens, read by target 8's floor pages too. */
  latestYear,

  /** Loads the example year and the ten-year archive, and makes its latest year the one the app opens next. */
  seed: (): Promise<{ rows: number; writeMs: number; latestChairmanshipId: string }> => seedLargeArchive(store()),

  /**
   * Target 1, one pair: the archive imported as the app imports (rows built by the repositories'
   * builders, written in one strict transaction through Dexie) and the same rows, built by the
   * same code, put with IndexedDB's own interface in one strict transaction. Each side is timed
   * from the archive's records to its committed transaction; the tables are emptied before each.
   * `appFirst` says which side goes first.
   */
  async importPair(appFirst: boolean): Promise<Record<Side, { ms: number; buildMs: number }> & { rows: number }> {
    const s = store();
    const tables = archiveTables(await buildArchive(s));
    const raw = await openRaw(s.db.name);
    try {
      const sides = {
        app: () => timedImport((all) => writeArchive(s, all)),
        raw: () => timedImport((all) => rawPut(raw, all, 'strict')),
      };
      const result = { app: { ms: 0, buildMs: 0 }, raw: { ms: 0, buildMs: 0 }, rows: 0 };
      for (const side of appFirst ? (['app', 'raw'] as const) : (['raw', 'app'] as const)) {
        await rawClear(raw, tables);
        await settle();
        const { ms, buildMs, rows } = await sides[side]();
        result[side] = { ms, buildMs };
        result.rows = rows;
      }
      return result;
    } finally {
      raw.close();
    }
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

  /**
   * Target 4 baseline: raw read of the year's sessions and a plain DOM list of the first `count`
   * of them (as many as the app's first frame showed), to the frame that begins with them.
   */
  async rawYearRender(count?: number): Promise<{ ms: number; rows: number }> {
    const { from, to } = yearRangeUtc(latestYear, 'UTC');
    return plainRender(
      async (raw) => (await rawGetAll(raw, 'sessions', 'startUtc', IDBKeyRange.bound(from, to, false, true))) as Session[],
      count,
    );
  },

  /**
   * Target 5 baseline: raw read of all sessions (what the list reads) and a plain DOM list of
   * the first `count` of them (as many as the app's first frame showed), to the frame that
   * begins with them.
   */
  async rawAllRender(count: number): Promise<{ ms: number; rows: number }> {
    return plainRender(async (raw) => (await rawGetAll(raw, 'sessions', 'startUtc', IDBKeyRange.lowerBound(''))) as Session[], count);
  },

  /** Target 6: the ICS writer vs JSON.stringify of the same rows (read beforehand, not timed); `appFirst` says which goes first. */
  async icsPair(appFirst: boolean): Promise<{ app: number; raw: number; sessions: number }> {
    const sessions = await store().db.sessions.orderBy('startUtc').toArray();
    const data = await readIcsData(store(), sessions);
    const sides = {
      app: () => sessionsToIcs(sessions, { ...data, lang: 'en', calendarName: 'Bench', organizer: { name: 'Bench' } }),
      raw: () =>
        JSON.stringify({
          sessions,
          agenda: [...data.agenda],
          participants: [...data.participants],
          persons: [...data.persons],
          bodies: [...data.bodies],
        }),
    };
    const result = { app: 0, raw: 0, sessions: sessions.length };
    for (const side of order(appFirst ? 0 : 1)) {
      const t = performance.now();
      sides[side]();
      result[side] = performance.now() - t;
    }
    return result;
  },

  /** Target 6, second half: the real export (a worker) and the longest main-thread task meanwhile. */
  async icsExportLongestTask(): Promise<{ ms: number; longestTask: number; bytes: number }> {
    const { buildIcs } = await import('$lib/actions/schedule-files');
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

  /**
   * From the change of address to the first frame that begins with at least `count` elements
   * matching `selector`; `nodes` is how many that frame began with. Given `total`, it goes on
   * to the frame that begins with that many, and `allMs` is when.
   */
  async routeToFrame(
    hash: string,
    selector: string,
    count: number,
    total?: number,
  ): Promise<{ ms: number; nodes: number; allMs?: number }> {
    await settle();
    const t = performance.now();
    location.hash = hash;
    // Checked at each frame (an observer of the whole page would itself slow every insertion
    // down): the first frame that begins with the rows in the page ends the measurement.
    const found = (): number => document.querySelectorAll(selector).length;
    let end = await frame();
    while (found() < count) end = await frame();
    const first = { ms: end - t, nodes: found() };
    if (total === undefined) return first;
    while (found() < total) end = await frame();
    return { ...first, allMs: end - t };
  },

  /** Waits until the page is idle (before a measurement that begins with a navigation from Node). */
  settle,

  search: searchProbe(),

  plainInput: plainInputProbe(),
};

/**
 * Times each keystroke typed into `input` from its event to the first frame after it. A
 * keystroke begins at its `keydown`, or at its `beforeinput` when it has none (a letter typed
 * through an input method, as the Cyrillic ones are here). `onKeystroke` hears of each one as
 * the `input` event that follows it.
 */
function keystrokeTimer(input: HTMLInputElement, onKeystroke: (at: number) => void = () => undefined) {
  const nextFrame: number[] = [];
  let at: number | null = null;
  const keystroke = (e: Event): void => {
    at = e.timeStamp;
    requestAnimationFrame(() => nextFrame.push(performance.now() - e.timeStamp));
  };
  const onKeydown = (e: KeyboardEvent): void => keystroke(e);
  const onBeforeInput = (e: Event): void => {
    if (at === null) keystroke(e);
  };
  const onInput = (): void => {
    if (at !== null) onKeystroke(at);
    at = null;
  };
  document.addEventListener('keydown', onKeydown, { capture: true });
  input.addEventListener('beforeinput', onBeforeInput);
  input.addEventListener('input', onInput);
  return {
    nextFrame,
    stop(): void {
      document.removeEventListener('keydown', onKeydown, { capture: true });
      input.removeEventListener('beforeinput', onBeforeInput);
      input.removeEventListener('input', onInput);
    },
  };
}

/**
 * Target 7, in the page: for each keystroke, the time from the event to the first frame after
 * it, and for each keystroke that leaves text in the search field, the time to the first frame
 * that begins with the results for that text in the list (the list says `aria-busy` until the
 * answer to what is typed has come from the search worker and been put in the page).
 */
function searchProbe() {
  let nextFrame: number[] = [];
  let results: { ms: number; query: string }[] = [];
  let pending: { at: number; query: string } | null = null;
  let superseded = 0;
  let stop = (): void => undefined;
  return {
    start(): void {
      results = [];
      pending = null;
      superseded = 0;
      const input = document.querySelector<HTMLInputElement>('#search-input');
      const list = document.querySelector('#search-results');
      if (!input || !list) throw new Error('the search palette is not open');
      const timer = keystrokeTimer(input, (at) => {
        if (pending) superseded++;
        pending = input.value.trim() ? { at, query: input.value } : null;
        // An answer that changes nothing in the list (the same results) is seen here.
        setTimeout(watch, 0);
      });
      nextFrame = timer.nextFrame;
      // Once the list holds the answer to what is typed, the next frame is the one that begins
      // with it. Watched by the list's changes, not by a frame loop: frames asked for every
      // 16.7 ms would make each keystroke wait for the next of them, as no page of the app's does.
      const watch = (): void => {
        const awaited = pending;
        if (!awaited || input.value !== awaited.query || list.getAttribute('aria-busy') !== 'false') return;
        pending = null;
        requestAnimationFrame(() => results.push({ ms: performance.now() - awaited.at, query: awaited.query }));
      };
      const observer = new MutationObserver(watch);
      observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'], childList: true, subtree: true, characterData: true });
      stop = () => {
        observer.disconnect();
        timer.stop();
      };
    },
    /** True while a keystroke's results have not been painted yet. */
    waiting: (): boolean => pending !== null,
    /** The figures; `unanswered` counts keystrokes whose results were never painted (typed over, or still awaited). */
    finish(): { nextFrame: number[]; results: number[]; unanswered: number } {
      stop();
      return { nextFrame, results: results.map((r) => r.ms), unanswered: superseded + (pending ? 1 : 0) };
    },
  };
}

/**
 * Target 7's baseline, in the same page: a plain `<input>` that does nothing with what is typed,
 * each keystroke timed to the first frame after it as the search field's are. The wait for the
 * next frame alone is spread from 0 to one frame whatever a keystroke costs; what the app adds
 * to it is the difference between the two.
 */
function plainInputProbe() {
  let finish = (): number[] => [];
  return {
    start(): void {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Plain input (benchmark baseline)');
      input.style.cssText = 'position:fixed;top:0;right:0;z-index:2147483647';
      document.body.append(input);
      input.focus();
      const timer = keystrokeTimer(input);
      finish = () => {
        timer.stop();
        input.remove();
        return timer.nextFrame;
      };
    },
    /** The keystrokes' times to the next frame; takes the input away. */
    finish: (): number[] => finish(),
  };
}

async function plainRender(read: (raw: IDBDatabase) => Promise<Session[]>, count = Infinity): Promise<{ ms: number; rows: number }> {
  const raw = await openRaw(store().db.name);
  try {
    await settle();
    const t = performance.now();
    const sessions = (await read(raw)).slice(0, count);
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

export type Harness = typeof harness;
