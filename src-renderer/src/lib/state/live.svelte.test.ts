// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyedLive, Live, sameRow } from './live.svelte';
import type { Row } from '../domain/types';

let cleanup = (): void => undefined;
afterEach(() => cleanup());

/** Answers that come when the test says so, one per key asked for. */
function answers<K, T>(
  answer: (key: K) => T,
  name: (key: K) => string = String,
): { read: (key: K) => Promise<T>; give: (key: K) => Promise<void> } {
  const waiting = new Map<string, (value: T) => void>();
  return {
    read: (key) => new Promise((resolve) => waiting.set(name(key), resolve)),
    give: async (key) => {
      // liveQuery asks a moment after it is subscribed.
      await vi.waitFor(() => expect(waiting.has(name(key))).toBe(true));
      waiting.get(name(key))?.(answer(key));
      waiting.delete(name(key));
      // …and hands the answer over a few microtasks later.
      await new Promise((resolve) => setTimeout(resolve, 10));
      flushSync();
    },
  };
}

describe('KeyedLive', () => {
  it('is undefined until the answer for the key asked for now comes, never the previous answer', async () => {
    let key = $state('a');
    const { read, give } = answers((k: string) => `plan ${k}`);
    let live!: KeyedLive<string, string>;
    cleanup = $effect.root(() => {
      live = new KeyedLive(() => key, read);
    });
    flushSync();
    expect(live.current).toBeUndefined();
    await give('a');
    expect(live.current).toBe('plan a');

    key = 'b';
    flushSync();
    expect(live.current).toBeUndefined();
    await give('b');
    expect(live.current).toBe('plan b');
  });
});

describe('Live with sameRow', () => {
  const row = (rev: number, updatedAt = `2015-01-0${rev}T00:00:00.000Z`): Row => ({
    id: 'c1',
    createdAt: '2015-01-01T00:00:00.000Z',
    updatedAt,
    rev,
  });

  it('keeps the row it shows when an answer brings the same revision, and takes a new revision', async () => {
    let ask = $state(0);
    let next = row(1);
    const { read, give } = answers(
      () => next,
      (n: number) => String(n),
    );
    const first = row(1);
    let live!: Live<Row | undefined>;
    cleanup = $effect.root(() => {
      live = new Live(
        () => {
          const n = ask;
          return () => read(n);
        },
        first,
        sameRow,
      );
    });
    flushSync();
    // The same row read again (a new object, as every read makes): the shown one stays, so
    // nothing that depends on it starts over.
    await give(0);
    expect(live.current).toBe(first);

    next = row(2);
    ask = 1;
    flushSync();
    await give(1);
    expect(live.current).toBe(next);
  });

  it('tells rows apart by id, revision and time of change', () => {
    expect(sameRow(row(1), row(1))).toBe(true);
    expect(sameRow(undefined, undefined)).toBe(true);
    expect(sameRow(row(1), undefined)).toBe(false);
    expect(sameRow(row(1), row(2))).toBe(false);
    expect(sameRow(row(1), row(1, '2016-01-01T00:00:00.000Z'))).toBe(false);
    expect(sameRow(row(1), { ...row(1), id: 'c2' })).toBe(false);
  });
});
