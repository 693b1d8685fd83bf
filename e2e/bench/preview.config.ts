// The product's page as built (out/renderer), served as `npm run preview:web` serves it, with
// the benchmark's pages beside it under /bench/ (out/bench: the rig, the blank page, the
// floors), on the same origin so that they reach the same database. For the benchmark,
// `npm run seed:large` and the end-to-end tests on the large archive; the product never holds
// /bench/.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { rendererConfig } from '../../vite.renderer.config.ts';

const BENCH = resolve(import.meta.dirname, '../../out/bench');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function benchPages(): Plugin {
  return {
    name: 'chairdesk-bench-pages',
    configurePreviewServer(server) {
      server.middlewares.use('/bench', (req, res, next) => {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        const file = resolve(BENCH, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
        if (!file.startsWith(BENCH + sep) || !existsSync(file) || !statSync(file).isFile()) {
          next();
          return;
        }
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
  };
}

export default defineConfig({
  root: rendererConfig.root,
  base: rendererConfig.base,
  build: { outDir: rendererConfig.build?.outDir },
  plugins: [benchPages()],
  preview: rendererConfig.preview,
});
