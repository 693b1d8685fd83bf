// The moment the first screen shows its data (its rows in the page; the benchmark, target 8 of
// docs/quality.md, times their paint): awaited by work that must not compete with it, such as
// fetching the other screens' code.

let show: () => void = () => undefined;
const shown = new Promise<void>((resolve) => (show = resolve));
let marked = false;

/**
 * Called by the first screen once its rows are in the DOM; later calls do nothing. The work
 * waiting for it goes once the frame with those rows has been painted (a task queued from an
 * animation frame runs after that frame), so that none of it holds that frame back.
 */
export function firstScreenShown(): void {
  if (marked) return;
  marked = true;
  performance.mark('chairdesk:first-data');
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(show));
  else setTimeout(show);
}

/** Resolves once the first screen has its data, or after `ms` if the app opened elsewhere. */
export function afterFirstScreen(ms: number): Promise<void> {
  return Promise.race([shown, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}
