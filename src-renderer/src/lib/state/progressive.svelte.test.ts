// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progressive, screenRows } from './progressive.svelte';

describe('Progressive', () => {
  let cleanup = (): void => undefined;
  afterEach(() => cleanup());

  function start(total: () => number, first: number, step: number): Progressive {
    let progressive!: Progressive;
    cleanup = $effect.root(() => {
      progressive = new Progressive(total, first, step);
    });
    flushSync();
    return progressive;
  }

  /** One painted frame: the animation frame, then the task it queued. */
  async function paintedFrame(): Promise<void> {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
    flushSync();
  }

  it('shows the first rows at once and adds a slice after each painted frame until all are shown', async () => {
    const shown = start(() => 100, 10, 40);
    expect(shown.limit).toBe(10);
    await paintedFrame();
    expect(shown.limit).toBe(50);
    await paintedFrame();
    await paintedFrame();
    expect(shown.limit).toBe(130);
    await paintedFrame();
    expect(shown.limit).toBe(130);
  });

  it('goes on growing when more rows come', async () => {
    let total = $state(20);
    const shown = start(() => total, 10, 10);
    await paintedFrame();
    await paintedFrame();
    expect(shown.limit).toBe(20);
    total = 45;
    flushSync();
    for (let i = 0; i < 3; i++) await paintedFrame();
    expect(shown.limit).toBe(50);
  });

  it('shows every row before the page prints', () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const shown = start(() => 5_000, 40, 150);
    window.dispatchEvent(new Event('beforeprint'));
    expect(shown.limit).toBeGreaterThanOrEqual(5_000);
  });

  it('shows at once more rows of 36 px than the window holds, never fewer than 20', () => {
    expect(screenRows(800)).toBe(23);
    expect(screenRows(1_440)).toBe(40);
    expect(screenRows(400)).toBe(20);
    // No window to measure (a height of 0, or none outside a page).
    expect(screenRows(0)).toBe(40);
  });
});
