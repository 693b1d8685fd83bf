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

/** Alternates A and B (after one warm-up of each) and returns the medians of `runs` samples. */
export async function alternate(runs, a, b) {
  await a();
  await b();
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push(await a());
    bs.push(await b());
  }
  return { a: median(as), b: median(bs), samplesA: as, samplesB: bs };
}

export function bar(value, limit, width = 20) {
  const filled = Math.max(0, Math.min(width, Math.round((value / (limit * 1.5)) * width)));
  const mark = Math.round(width / 1.5);
  return [...Array(width)].map((_, i) => (i < filled ? '█' : i === mark ? '|' : '·')).join('');
}

export function line(result) {
  const status = result.pass ? 'PASS' : 'FAIL';
  const value = result.unit === 'ms' ? `${result.value.toFixed(1)} ms` : `${result.value.toFixed(2)}×`;
  const limit = result.unit === 'ms' ? `≤ ${result.limit} ms` : `≤ ${result.limit}×`;
  return `${String(result.id).padStart(2)}. ${result.name.padEnd(44)} ${value.padStart(9)} ${bar(result.value, result.limit)} ${limit.padEnd(9)} ${status}  (${result.detail})`;
}
