// `npm run bundle`: what the first screen loads (the entry and its preloaded chunks) and the
// chunks loaded later, on first use, from the built browser edition in out/renderer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const out = path.resolve(import.meta.dirname, '../out/renderer');
let html;
try {
  html = readFileSync(path.join(out, 'index.html'), 'utf8');
} catch {
  console.error('No build in out/renderer: run `npm run build:web` first.');
  process.exit(1);
}

const size = (file) => {
  const bytes = readFileSync(path.join(out, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (s) => `  ${s.file.replace('assets/', '').padEnd(44)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`;

const first = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => size(m[1]));
const firstNames = new Set(first.map((s) => s.file));
const later = readdirSync(path.join(out, 'assets'))
  .filter((f) => /\.(js|css)$/.test(f) && !firstNames.has(`assets/${f}`) && statSync(path.join(out, 'assets', f)).isFile())
  .map((f) => size(`assets/${f}`))
  .sort((a, b) => b.raw - a.raw);

const total = (list) => list.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { raw: 0, gzip: 0 });
const firstTotal = total(first);
console.log(`First screen: ${kb(firstTotal.raw)} (${kb(firstTotal.gzip)} gzip) in ${first.length} files`);
for (const s of first.sort((a, b) => b.raw - a.raw)) console.log(row(s));
const laterTotal = total(later);
console.log(`Loaded on first use: ${kb(laterTotal.raw)} in ${later.length} files, the largest:`);
for (const s of later.slice(0, 15)) console.log(row(s));
