// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyedLive } from './live.svelte';

describe('KeyedLive', () => {
  let cleanup = (): void => undefined;
  afterEach(() => cleanup());

  /** Answers that come when the test says so, one per key asked for. */
  function answers(): { read: (key: string) => Promise<string>; give: (key: string) => Promise<void> } {
    const waiting = new Map<string, (value: string) => void>();
    return {
      read: (key) => new Promise((resolve) => waiting.set(key, resolve)),
      give: async (key) => {
        // liveQuery asks a moment after it is subscribed.
        await vi.waitFor(() => expect(waiting.has(key)).toBe(true));
        waiting.get(key)?.(`plan ${key}`);
        // …and hands the answer over a few microtasks later.
        await new Promise((resolve) => setTimeout(resolve, 10));
        flushSync();
      },
    };
  }

  it('is undefined until the answer for the key asked for now comes, never the previous answer', async () => {
    let key = $state('a');
    const { read, give } = answers();
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
