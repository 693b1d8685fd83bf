// The moment the first screen shows its data (its rows on screen; the benchmark, target 8 of
// docs/quality.md, times their paint): awaited by work that must not compete with it, such as
// fetching the other screens' code or drawing the rest of a long list.

/** The first screen's first row: its `elementtiming` name, which the browser reports the paint of. */
export const FIRST_ROW = 'first-row';
/** How long after its frame a row's paint may be reported before the work waiting goes anyway. */
const PAINT_REPORT_WAIT_MS = 100;

let show: () => void = () => undefined;
const shown = new Promise<void>((resolve) => (show = resolve));
let marked = false;

/**
 * Called by the first screen once its rows are in the DOM; later calls do nothing. The work
 * waiting for it goes once the first row is on screen, as the browser reports its paint
 * (Element Timing): a frame leaves the page for the screen some milliseconds after it is
 * painted, and work started meanwhile takes the processor from the compositor that puts it
 * there. Where no report comes (a screen without rows, a browser that times no elements), the
 * work goes once the frame has been painted (a task queued from an animation frame runs after
 * that frame), and PAINT_REPORT_WAIT_MS later when a report could still come.
 */
export function firstScreenShown(): void {
  if (marked) return;
  marked = true;
  performance.mark('chairdesk:first-data');
  const reported = watchFirstRow(show);
  const afterFrame = (): void => void setTimeout(show, reported ? PAINT_REPORT_WAIT_MS : 0);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(afterFrame);
  else afterFrame();
}

/** Calls `then` once the browser reports the first row painted; false when it reports no element's paint. */
function watchFirstRow(then: () => void): boolean {
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes.includes('element')) return false;
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some((entry) => (entry as PerformanceEntry & { identifier?: string }).identifier === FIRST_ROW)) return;
    observer.disconnect();
    then();
  });
  observer.observe({ type: 'element', buffered: true });
  void shown.then(() => observer.disconnect());
  return true;
}

/** Resolves once the first screen has its data on screen, or after `ms` if the app opened elsewhere. */
export function afterFirstScreen(ms: number): Promise<void> {
  return Promise.race([shown, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

/**
 * Resolves at once, unless the first screen has its rows in the page and not yet on screen:
 * then once they are. For work that any screen may start, such as the rest of a long list.
 */
export function firstScreenSettled(): Promise<void> {
  return marked ? shown : Promise.resolve();
}
