// The renderer, built alone: the browser edition (served by `vite preview`) and the
// renderer half of `electron-vite build` share this one definition.
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { CONTENT_SECURITY_POLICY } from './src-main/shared/csp.ts';
import packageJson from './package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, 'src-renderer');
const MESSAGES = /[\\/]paraglide[\\/]messages[\\/]/;

/** The built page carries the same CSP as the `app://` responses; dev keeps Vite's HMR. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'chairdesk-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export const rendererConfig: UserConfig = {
  root,
  base: './',
  resolve: {
    alias: {
      $lib: resolve(root, 'src/lib'),
      $i18n: resolve(root, 'src/paraglide'),
      $shared: resolve(import.meta.dirname, 'src-main/shared'),
    },
  },
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  plugins: [
    paraglideVitePlugin({
      project: resolve(root, 'i18n/project.inlang'),
      outdir: resolve(root, 'src/paraglide'),
      // The UI language is Svelte state (see lib/state/locale.svelte.ts), not a cookie.
      strategy: ['globalVariable', 'baseLocale'],
      emitTsDeclarations: true,
    }),
    svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.js') }),
    contentSecurityPolicy(),
  ],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // One stylesheet, loaded with the page: a screen opened later waits for no CSS of its own.
    // (modulePreload below relies on it: a split screen's CSS comes through the helper.)
    cssCodeSplit: false,
    // The page preloads the first screen's modules. A screen's chunk is imported plainly: the
    // preloading helper adds a <link> to the page per dependency of a screen when it is first
    // opened, which cost ~40 ms of main thread for the 23 of the shell when it was a chunk.
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rolldownOptions: {
      input: resolve(root, 'index.html'),
      output: {
        // Paraglide compiles each message to a module of its own; shared by many lazy screens,
        // they would otherwise come as dozens of tiny chunks, one request each. Two chunks: the
        // messages the first screen uses (statically imported from the entry: '$initial'),
        // and all the others, loaded with the first screen that needs one (a fifth of the
        // messages against all of them: 30 KB of the 128 KB the page would otherwise parse).
        codeSplitting: {
          groups: [
            { name: 'messages-first', test: MESSAGES, tags: ['$initial'], priority: 1 },
            { name: 'messages', test: MESSAGES },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5183, strictPort: true },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.CHAIRDESK_PORT ?? 4183),
    strictPort: true,
  },
};

export default defineConfig(rendererConfig);
