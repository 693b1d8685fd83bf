// What the benchmark, `npm run seed:large` and the large-archive end-to-end tests do with the
// rig in the product's page (served by preview.config.ts, built by build.mjs).

/** Imports the rig into the page (as loaded now) and waits for its harness. */
export async function loadRig(page) {
  await page.evaluate((url) => import(url), '/bench/rig/rig.js');
  await page.waitForFunction(() => window.chairdeskBench !== undefined);
}

/**
 * Loads the example year and the ten-year archive into the database of the product's page at
 * `url`, then reloads the page on the archive's latest year. Returns the rows written and how
 * long that took.
 */
export async function seedLargeArchive(page, url) {
  await page.goto(url);
  await loadRig(page);
  const started = Date.now();
  const report = await page.evaluate(() => window.chairdeskBench.seed());
  const ms = Date.now() - started;
  await page.reload();
  return { rows: report.rows, ms };
}
