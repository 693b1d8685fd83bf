import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps whether the first screen has shown: each test loads it afresh.
const load = async (): Promise<typeof import('./first-screen')> => {
  vi.resetModules();
  return import('./first-screen');
};

describe('first screen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    performance.clearMarks('chairdesk:first-data');
  });
  afterEach(() => vi.useRealTimers());

  it('lets waiting work go once the first screen has its data, marking the moment once', async () => {
    const { afterFirstScreen, firstScreenShown } = await load();
    let released = false;
    void afterFirstScreen(3_000).then(() => (released = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(released).toBe(false);

    firstScreenShown();
    firstScreenShown();
    await vi.advanceTimersByTimeAsync(0);
    expect(released).toBe(true);
    expect(performance.getEntriesByName('chairdesk:first-data')).toHaveLength(1);
  });

  it('lets waiting work go only once the frame with the rows has been painted', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    try {
      const { afterFirstScreen, firstScreenShown } = await load();
      let released = false;
      void afterFirstScreen(3_000).then(() => (released = true));
      firstScreenShown();
      await vi.advanceTimersByTimeAsync(0);
      expect(released).toBe(false);
      // The frame is painted: the task it queued runs next.
      for (const frame of frames.splice(0)) frame(0);
      expect(released).toBe(false);
      await vi.advanceTimersByTimeAsync(0);
      expect(released).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('lets waiting work go after the time given when the app opened on another screen', async () => {
    const { afterFirstScreen } = await load();
    let released = false;
    void afterFirstScreen(3_000).then(() => (released = true));
    await vi.advanceTimersByTimeAsync(2_999);
    expect(released).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toBe(true);
    expect(performance.getEntriesByName('chairdesk:first-data')).toHaveLength(0);
  });
});
