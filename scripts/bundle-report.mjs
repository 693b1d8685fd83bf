// `npm run bundle`: what the start loads, in its two halves (the shell, which index.html links,
// and the start chunk with the first screen, which index.html preloads and the entry imports as
// it runs), and the chunks loaded later, on first use, from the build in out/renderer (the
// desktop build's and the browser edition's are the same).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const out = path.resolve(import.meta.dirname, '../out/renderer');
let html;
try {
  html = readFileSync(path.join(out, 'index.html'), 'utf8');
} catch {
  console.error('No build in out/renderer: run `npm run build` (or `npm run build:web`) first.');
  process.exit(1);
}

const size = (file) => {
  const bytes = readFileSync(path.join(out, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (s) => `  ${s.file.replace('assets/', '').padEnd(44)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`;

// The entry and the stylesheets the page links (not what it only preloads for later).
const shell = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="stylesheet"[^>]*\shref)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);
const assets = readdirSync(path.join(out, 'assets'));
// The start chunk, its stylesheet, and the chunks it imports statically that the shell does not hold.
const startChunk = assets.find((f) => /^start-[\w-]+\.js$/.test(f));
const start = [];
for (const queue = startChunk ? [`assets/${startChunk}`] : []; queue.length > 0;) {
  const file = queue.shift();
  if (start.includes(file) || shell.includes(file)) continue;
  start.push(file);
  const code = readFileSync(path.join(out, file), 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)) queue.push(`assets/${m[1]}`);
}
start.push(...assets.filter((f) => /^start-[\w-]+\.css$/.test(f)).map((f) => `assets/${f}`));

const counted = new Set([...shell, ...start]);
const later = assets
  .filter((f) => /\.(js|css)$/.test(f) && !counted.has(`assets/${f}`) && statSync(path.join(out, 'assets', f)).isFile())
  .map((f) => size(`assets/${f}`))
  .sort((a, b) => b.raw - a.raw);

const total = (list) => list.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { raw: 0, gzip: 0 });
const stage = (title, files) => {
  const sizes = files.map(size).sort((a, b) => b.raw - a.raw);
  const sum = total(sizes);
  console.log(`${title}: ${kb(sum.raw)} (${kb(sum.gzip)} gzip) in ${sizes.length} files`);
  for (const s of sizes) console.log(row(s));
  return sum;
};
const shellTotal = stage('The shell (linked by index.html, painted first)', shell);
const startTotal = stage('The start chunk (preloaded by index.html, imported by the entry: the database, the first screen)', start);
console.log(`First screen with data: ${kb(shellTotal.raw + startTotal.raw)} (${kb(shellTotal.gzip + startTotal.gzip)} gzip)`);
const laterTotal = total(later);
console.log(`Loaded on first use: ${kb(laterTotal.raw)} in ${later.length} files, the largest:`);
for (const s of later.slice(0, 15)) console.log(row(s));
