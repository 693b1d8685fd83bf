// Statistics and report lines of the benchmark.
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs A and B `runs` times each after one warm-up pair, the order switching every pair
 * (A B, B A, A B …), and returns the medians of the timed samples. `a(i)` and `b(i)` get the
 * pair's index.
 */
export async function alternate(runs, a, b) {
  const as = [];
  const bs = [];
  for (let i = 0; i <= runs; i++) {
    let x;
    let y;
    if (i % 2 === 0) {
      x = await a(i);
      y = await b(i);
    } else {
      y = await b(i);
      x = await a(i);
    }
    // Pair 0 warms both up and is not counted.
    if (i > 0) {
      as.push(x);
      bs.push(y);
    }
  }
  return { a: median(as), b: median(bs), samplesA: as, samplesB: bs };
}

export function bar(value, limit, width = 20) {
  const filled = Math.max(0, Math.min(width, Math.round((value / (limit * 1.5)) * width)));
  const mark = Math.round(width / 1.5);
  return [...Array(width)].map((_, i) => (i < filled ? '█' : i === mark ? '|' : '·')).join('');
}

/**
 * One check of a target. `kind` says what the value is: 'ratio' (to a baseline measured in the
 * same run), 'absolute' (milliseconds), 'against itself' (a ratio of the app to itself) or
 * 'count' (of elements).
 */
export function check({ label, value, limit, kind, detail }) {
  return { label, value, limit, kind, detail, pass: Number.isFinite(value) && value <= limit };
}

/** The lines of a target: its number, its name and PASS/FAIL, then one line per check. */
export function lines(result) {
  const head = `${String(result.id).padStart(2)}. ${result.name}`;
  const out = [`${head.padEnd(70)} ${result.pass ? 'PASS' : 'FAIL'}`];
  for (const c of result.checks) {
    const unit = { absolute: ' ms', count: '' }[c.kind] ?? '×';
    const digits = { absolute: 1, count: 0 }[c.kind] ?? 2;
    const value = Number.isFinite(c.value) ? `${c.value.toFixed(digits)}${unit}` : 'n/a';
    const limit = `≤ ${c.limit}${unit}`;
    out.push(
      `    ${c.label.padEnd(30)} ${c.kind.padEnd(14)} ${value.padStart(9)} ${bar(c.value, c.limit)} ${limit.padEnd(9)} ${c.pass ? 'pass' : 'MISS'}  (${c.detail})`,
    );
  }
  return out.join('\n');
}
