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

  describe('where the browser reports the paint of elements', () => {
    type Report = (list: { getEntries: () => { identifier?: string }[] }) => void;
    let reports: Report[] = [];
    let disconnected = 0;
    class ElementObserver {
      static readonly supportedEntryTypes = ['element'];
      constructor(report: Report) {
        reports.push(report);
      }
      observe(): void {}
      disconnect(): void {
        disconnected++;
      }
    }
    const frames: FrameRequestCallback[] = [];
    const paint = (): void => {
      for (const frame of frames.splice(0)) frame(0);
    };
    beforeEach(() => {
      reports = [];
      disconnected = 0;
      vi.stubGlobal('PerformanceObserver', ElementObserver);
      vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    });
    afterEach(() => vi.unstubAllGlobals());

    it('lets waiting work go once the first row is reported on screen, not when its frame is painted', async () => {
      const { afterFirstScreen, firstScreenShown, firstScreenSettled } = await load();
      let released = false;
      let settled = false;
      void afterFirstScreen(3_000).then(() => (released = true));
      firstScreenShown();
      void firstScreenSettled().then(() => (settled = true));
      paint();
      await vi.advanceTimersByTimeAsync(50);
      expect([released, settled]).toEqual([false, false]);
      // Another element's paint is not the row's.
      for (const report of reports) report({ getEntries: () => [{ identifier: 'shell' }] });
      await vi.advanceTimersByTimeAsync(0);
      expect(released).toBe(false);
      for (const report of reports) report({ getEntries: () => [{ identifier: 'first-row' }] });
      await vi.advanceTimersByTimeAsync(0);
      expect([released, settled]).toEqual([true, true]);
      expect(disconnected).toBeGreaterThanOrEqual(1);
    });

    it('lets waiting work go 100 ms after the frame when no report comes (a screen without rows)', async () => {
      const { afterFirstScreen, firstScreenShown } = await load();
      let released = false;
      void afterFirstScreen(3_000).then(() => (released = true));
      firstScreenShown();
      await vi.advanceTimersByTimeAsync(500);
      // Nothing goes before the frame with the rows has been painted.
      expect(released).toBe(false);
      paint();
      await vi.advanceTimersByTimeAsync(99);
      expect(released).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(released).toBe(true);
    });
  });

  it('holds nothing back once the first screen is on screen, or when it has not shown its rows', async () => {
    const { firstScreenSettled } = await load();
    let settled = false;
    void firstScreenSettled().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });
});
