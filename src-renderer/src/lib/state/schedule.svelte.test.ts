// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore, openStore, setStore, type Store } from '../db';
import type { SessionInput } from '../db/sessions';
import type { Conflict } from '../domain/conflicts';
import * as readModels from '../db/read-models';
import type { YearScope } from '../db/read-models';
import { liveConflicts } from './schedule.svelte';
import { liveYear, openYear, OpenYear, type LiveYear } from './open-year.svelte';

let store: Store;
let cleanup = (): void => undefined;
const years = new OpenYear();

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  years.stop();
  openYear.stop();
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

const body = (id: string) => ({
  id,
  createdAt: '2015-01-01T00:00:00.000Z',
  updatedAt: '2015-01-01T00:00:00.000Z',
  rev: 1,
  name: { en: id, ru: id },
  acronym: { en: id.toUpperCase(), ru: id.toUpperCase() },
  level: 'ministers' as const,
  seatTitle: { en: 'Minister', ru: 'Министр' },
  decisionRule: 'consensus' as const,
  organizationId: 'org',
  seats: [],
  position: 0,
});

const Y2015: YearScope = { organizationId: 'org', firstDay: '2015-01-01', lastDay: '2015-12-31', homeTimeZone: 'Asia/Dushanbe' };

/** Two sessions at the same hours in two cities, of two bodies: only a shared person makes them clash. */
const session = (bodyId: string, city: string): SessionInput => ({
  title: { en: `${bodyId} in ${city}`, ru: '' },
  bodyIds: [bodyId],
  kind: 'regular',
  status: 'planned',
  allDay: false,
  start: '2015-09-14T10:00',
  end: '2015-09-14T13:00',
  timeZone: 'Asia/Dushanbe',
  venue: { city: { en: city, ru: '' } },
});

describe('the conflicts of the year programme', () => {
  it('finds a shared participant once the screen has drawn its first frame, and not before', async () => {
    store = await openStore(createStore(`conflicts-${crypto.randomUUID()}`), () => undefined);
    setStore(store);
    await store.db.bodies.bulkPut([body('cfm'), body('cdm')]);
    const a = await store.sessions.create(session('cfm', 'Dushanbe'));
    const b = await store.sessions.create(session('cdm', 'Khujand'));
    for (const s of [a, b]) await store.participants.addParticipant({ sessionId: s.id, personId: 'lavrov', partyId: 'ru', role: 'head' });
    years.follow(Y2015);
    await vi.waitFor(() => expect(years.get(Y2015)?.rows).toHaveLength(2));

    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    let conflicts!: { readonly current: Map<string, Conflict[]> };
    cleanup = $effect.root(() => {
      conflicts = liveConflicts({
        get current() {
          return years.get(Y2015) ?? { rows: [], bodies: [] };
        },
      });
    });
    flushSync();
    // Before the first frame: nothing asked of the participants, so no clash known.
    await new Promise((resolve) => setTimeout(resolve, 50));
    flushSync();
    expect(conflicts.current.size).toBe(0);
    expect(frames).toHaveLength(1);

    frames[0]?.(performance.now());
    await vi.waitFor(() => {
      flushSync();
      expect(conflicts.current.get(a.id)).toEqual([{ sessionId: b.id, reasons: ['person'], bodyIds: [], personIds: ['lavrov'] }]);
    });
    expect(conflicts.current.get(b.id)?.map((c) => c.sessionId)).toEqual([a.id]);
  });

  it('a year that cannot be read is read once, read again when asked anew, never again and again', async () => {
    store = await openStore(createStore(`conflicts-${crypto.randomUUID()}`), () => undefined);
    setStore(store);
    const reads = vi.spyOn(readModels, 'readYear').mockRejectedValue(new Error('The disk could not be read.'));
    let chairmanship = $state(Y2015);
    let screen!: LiveYear;
    cleanup = $effect.root(() => {
      screen = liveYear(() => chairmanship);
    });
    flushSync();
    await vi.waitFor(() => expect(screen.error).toBeInstanceOf(Error));
    expect(reads).toHaveBeenCalledTimes(1);

    // The same year asked for anew (its chairmanship row stored again): read again, once.
    chairmanship = { ...chairmanship };
    flushSync();
    await new Promise((resolve) => setTimeout(resolve, 100));
    flushSync();
    expect(reads).toHaveBeenCalledTimes(2);
    expect(screen.current).toBeUndefined();

    // The disk readable again, the year asked for anew: read and shown, the reason gone.
    reads.mockRestore();
    chairmanship = { ...chairmanship };
    flushSync();
    await vi.waitFor(() => expect(screen.current?.rows).toEqual([]));
    expect(screen.error).toBeNull();
  });
});
