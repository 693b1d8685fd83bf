// `npm run bench:sync`: the figures behind the sync engine's choice (docs/sync.md). The same
// data (the seeded ten-year archive, or its last chairmanship year) is held by each candidate:
// the project's own engine (per-field HLC stamps, tombstones, version vectors), Yjs and
// Automerge. For each engine and size, in a fresh Chromium page per run (or a fresh Node
// process with --node): the heap after a forced garbage collection, the time from rows to the
// engine's in-memory form and from its saved form back, the saved size, the size of the
// updates for one edit, 100 edits and a session deleted with its rows, the time to merge two
// copies that each made 1,000 edits, and the saved size after 10,000 edits. Then the cases
// of two staff merging on each engine, and whether each loads under the app's Content-Security-Policy.
//
//   npm run bench:sync -- [--runs=3] [--engines=own,yjs,automerge] [--sizes=year,archive]
//                         [--merge=1000] [--history=10000] [--node] [--no-build]
//
// Not part of `npm test` or CI: a full run takes about an hour on a busy 2-core machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../../../scripts/chromium.mjs';
import { median } from '../measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const outDir = path.join(root, 'out/bench-sync');
const bundle = path.join(outDir, 'sync-bench.js');
const ORIGIN = 'http://127.0.0.1:9/sync-bench';

const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const list = (name, fallback) => option(name, fallback).split(',');
const RUNS = Number(option('runs', '3'));
const ENGINES = list('engines', 'own,yjs,automerge');
const SIZES = list('sizes', 'year,archive');
const MERGE_EDITS = Number(option('merge', '1000'));
const HISTORY_EDITS = Number(option('history', '10000'));
const IN_NODE = process.argv.includes('--node');

/** The steps of one run, in either runtime: `call` runs a method of the in-page API, `heap` measures after a forced GC. */
async function steps(call, heap, size, withHistory) {
  const m0 = await heap();
  const prepared = await call('prepare', size);
  const m1 = await heap();
  const built = await call('build');
  const m2 = await heap();
  const saved = await call('saveAndLoad');
  const updates = await call('updates');
  await call('release');
  const merge = await call('merge', MERGE_EDITS);
  const history = withHistory && HISTORY_EDITS > 0 ? await call('history', HISTORY_EDITS) : null;
  return {
    rows: prepared.rows,
    tables: prepared.tables,
    rowsHeap: m1.js - m0.js,
    engineHeap: m2.js - m0.js,
    engineWasm: m2.wasm - m0.wasm,
    buildMs: built.ms,
    ...saved,
    updates,
    mergeMs: merge.ms,
    editMs: merge.editMs,
    mergeVerified: merge.verified,
    history,
  };
}

// --- Node: one child process per run -------------------------------------------------------

if (process.argv.includes('--child')) {
  const [engine, size, withHistory] = process.argv.slice(process.argv.indexOf('--child') + 1);
  const bench = await import(pathToFileURL(bundle).href);
  const api = bench.open(engine);
  await bench.ENGINES[engine].ready();
  const heap = async () => {
    globalThis.gc();
    globalThis.gc();
    return { js: process.memoryUsage().heapUsed, wasm: bench.wasmBytes() };
  };
  const result = await steps((method, arg) => api[method](arg), heap, size, withHistory === 'history');
  console.log(JSON.stringify(result));
  process.exit(0);
}

function runInNode(engine, size, withHistory) {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=6144',
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
      '--child',
      engine,
      size,
      withHistory ? 'history' : '',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`${engine} ${size} failed in Node:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

// --- Chromium: a fresh context (and renderer) per run -------------------------------------

const PAGE = `<!doctype html><meta charset="utf-8"><title>sync bench</title><script type="module" src="./page.js"></script>`;
const PAGE_SCRIPT = `import * as bench from './sync-bench.js'; window.syncBench = bench;`;

async function openPage(browser, csp) {
  const context = await browser.newContext();
  const code = readFileSync(bundle);
  await context.route(`${ORIGIN}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').at(-1);
    const headers = csp ? { 'content-security-policy': csp } : {};
    if (name === 'index.html') return route.fulfill({ body: PAGE, contentType: 'text/html', headers });
    if (name === 'page.js') return route.fulfill({ body: PAGE_SCRIPT, contentType: 'text/javascript', headers });
    if (name === 'sync-bench.js') return route.fulfill({ body: code, contentType: 'text/javascript', headers });
    return route.fulfill({ status: 404, body: '' });
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => window.syncBench !== undefined);
  return { context, page };
}

async function runInChromium(browser, engine, size, withHistory) {
  const { context, page } = await openPage(browser, null);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(async (name) => {
      window.syncApi = window.syncBench.open(name);
      await window.syncBench.ENGINES[name].ready();
    }, engine);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const js = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
      return { js, wasm: await page.evaluate(() => window.syncBench.wasmBytes()) };
    };
    const call = (method, arg) => page.evaluate(([m, a]) => window.syncApi[m](a), [method, arg]);
    return await steps(call, heap, size, withHistory);
  } finally {
    await context.close();
  }
}

// --- The report ---------------------------------------------------------------------------

const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const KB = (bytes) => (bytes >= 1024 * 1024 ? MB(bytes) : bytes >= 10 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${bytes} B`);
const ms = (value) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`);
const spread = (values, format) => `${format(median(values))} (${values.map(format).join(', ')})`;

function summarize(engine, size, runs) {
  const first = runs[0];
  const all = (key) => runs.map((r) => r[key]);
  return {
    engine,
    size,
    rows: first.rows,
    memory: median(runs.map((r) => r.engineHeap + r.engineWasm)),
    memoryJs: median(all('engineHeap')),
    memoryWasm: median(all('engineWasm')),
    rowsHeap: median(all('rowsHeap')),
    buildMs: median(all('buildMs')),
    saveMs: median(all('saveMs')),
    loadMs: median(all('loadMs')),
    mergeMs: median(all('mergeMs')),
    editMs: median(all('editMs')),
    samples: {
      buildMs: all('buildMs'),
      loadMs: all('loadMs'),
      saveMs: all('saveMs'),
      mergeMs: all('mergeMs'),
      editMs: all('editMs'),
      memory: runs.map((r) => r.engineHeap + r.engineWasm),
    },
    bytes: first.bytes,
    gzipBytes: first.gzipBytes,
    updates: first.updates,
    mergeVerified: runs.every((r) => r.mergeVerified),
    history: first.history,
  };
}

function printTables(results) {
  const rowsOf = (s) => results.filter((r) => r.size === s).sort((a, b) => ENGINES.indexOf(a.engine) - ENGINES.indexOf(b.engine));
  for (const size of SIZES) {
    const rs = rowsOf(size);
    if (!rs.length) continue;
    console.log(`\n### ${size === 'year' ? 'One chairmanship year' : 'The ten-year archive'} (${rs[0].rows.toLocaleString('en')} rows)\n`);
    console.log(
      '| engine | heap held (JS + Wasm) | rows → engine | save | saved size (gzip) | saved → engine | merge of 2 × 1,000 edits |',
    );
    console.log('| --- | --: | --: | --: | --: | --: | --: |');
    for (const r of rs) {
      const wasm = r.memoryWasm ? ` (${MB(r.memoryJs)} + ${MB(r.memoryWasm)})` : '';
      console.log(
        `| ${r.engine} | ${MB(r.memory)}${wasm} | ${spread(r.samples.buildMs, ms)} | ${spread(r.samples.saveMs, ms)} | ${KB(r.bytes)} (${KB(r.gzipBytes)}) | ${spread(r.samples.loadMs, ms)} | ${spread(r.samples.mergeMs, ms)}${r.mergeVerified ? '' : ' NOT VERIFIED'} |`,
      );
    }
    console.log(`\nThe rows themselves, as plain objects: ${MB(rs[0].rowsHeap)} of heap.\n`);
    const edits = HISTORY_EDITS.toLocaleString('en');
    console.log(
      `| engine | one edit | update: 1 edit | 100 edits | delete a session (32 rows) | saved after ${edits} edits (gzip) | growth (gzip) |`,
    );
    console.log('| --- | --: | --: | --: | --: | --: | --: |');
    for (const r of rs) {
      const h = r.history;
      const history = h ? `${KB(h.bytes)} (${KB(h.gzipBytes)}) | +${KB(h.bytes - r.bytes)} (+${KB(h.gzipBytes - r.gzipBytes)})` : '– | –';
      const edit = spread(r.samples.editMs, (v) => `${v.toFixed(2)} ms`);
      console.log(
        `| ${r.engine} | ${edit} | ${KB(r.updates.oneEdit)} | ${KB(r.updates.hundredEdits)} | ${KB(r.updates.deleteSession)} | ${history} |`,
      );
    }
  }
}

// --- Main ---------------------------------------------------------------------------------

if (!process.argv.includes('--no-build')) {
  await build({
    configFile: false,
    logLevel: 'warn',
    // The archive generator imports the product's modules as the product does.
    resolve: { alias: { $lib: path.join(root, 'src-renderer/src/lib') } },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: path.join(here, 'bench.ts'), formats: ['es'], fileName: 'sync-bench' },
    },
  });
}

const started = Date.now();
const browser = IN_NODE
  ? null
  : await (async () => {
      const executablePath = await findChromium();
      if (!executablePath) {
        console.error(NO_CHROMIUM);
        process.exit(1);
      }
      const { chromium } = await import('@playwright/test');
      return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    })();

const REPORT = path.join(root, '.reports/bench-sync.json');
const save = () => {
  mkdirSync(path.dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, JSON.stringify(report, null, 2));
};
const report = {
  runtime: IN_NODE ? `Node ${process.version}` : `Chromium ${browser.version()}`,
  runs: RUNS,
  mergeEdits: MERGE_EDITS,
  historyEdits: HISTORY_EDITS,
  results: [],
  cases: {},
  csp: {},
};
// --resume keeps the engines and sizes an earlier run (with the same options) wrote, and measures the rest.
if (process.argv.includes('--resume') && existsSync(REPORT)) {
  const earlier = JSON.parse(readFileSync(REPORT, 'utf8'));
  if (
    earlier.runtime === report.runtime &&
    earlier.runs === RUNS &&
    earlier.mergeEdits === MERGE_EDITS &&
    earlier.historyEdits === HISTORY_EDITS
  )
    report.results = earlier.results.filter((r) => !r.error);
}
console.log(`Sync engines in ${report.runtime}, ${RUNS} run(s) each (medians; every run in a fresh ${IN_NODE ? 'process' : 'page'}).`);
try {
  for (const size of SIZES) {
    for (const engine of ENGINES) {
      if (report.results.some((r) => r.engine === engine && r.size === size)) continue;
      const runs = [];
      try {
        for (let i = 0; i < RUNS; i++) {
          const t = Date.now();
          const run = IN_NODE ? runInNode(engine, size, i === 0) : await runInChromium(browser, engine, size, i === 0);
          runs.push(run);
          console.log(
            `  ${engine} ${size} run ${i + 1}: ${((Date.now() - t) / 1000).toFixed(0)} s, heap ${MB(run.engineHeap + run.engineWasm)}, build ${ms(run.buildMs)}, load ${ms(run.loadMs)}, edit ${run.editMs.toFixed(2)} ms, merge ${ms(run.mergeMs)}`,
          );
        }
        report.results.push({ ...summarize(engine, size, runs), runs });
      } catch (error) {
        console.log(`  ${engine} ${size} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        report.results.push({ engine, size, error: String(error), runs });
      }
      save();
    }
  }
  printTables(report.results.filter((r) => !r.error));
  for (const r of report.results.filter((x) => x.error)) console.log(`\n${r.engine} on the ${r.size}: ${r.error.split('\n')[0]}`);

  if (browser) {
    const bench = await import(pathToFileURL(bundle).href);
    const csp = bench.CONTENT_SECURITY_POLICY;
    const withWasm = csp.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
    console.log('\n### The two-staff cases, on each engine as it comes\n');
    console.log('| case | ' + ENGINES.join(' | ') + ' |');
    console.log('| --- |' + ENGINES.map(() => ' --- |').join(''));
    for (const engine of ENGINES) {
      const { context, page } = await openPage(browser, null);
      report.cases[engine] = await page.evaluate((name) => window.syncBench.cases(name), engine);
      await context.close();
      for (const [policy, label] of [
        [csp, "the app's CSP"],
        [withWasm, "the app's CSP + 'wasm-unsafe-eval'"],
      ]) {
        const opened = await openPage(browser, policy);
        (report.csp[engine] ??= {})[label] = await opened.page.evaluate((name) => window.syncBench.probe(name), engine);
        await opened.context.close();
      }
    }
    for (const [i, c] of report.cases[ENGINES[0]].entries()) {
      console.log(
        `| ${c.id}. ${c.case} | ${ENGINES.map((e) => `${report.cases[e][i].asked ? '✓' : '✗'} ${report.cases[e][i].outcome}`).join(' | ')} |`,
      );
    }
    console.log('\n### Loading under the Content-Security-Policy\n');
    for (const engine of ENGINES)
      for (const [label, outcome] of Object.entries(report.csp[engine])) console.log(`- ${engine}, ${label}: ${outcome}`);
  }
} finally {
  await browser?.close();
}
save();
console.log(`\nDone in ${((Date.now() - started) / 60_000).toFixed(1)} min; figures in .reports/bench-sync.json.`);
