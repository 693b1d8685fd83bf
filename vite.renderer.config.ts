// The renderer, built alone: the browser edition (served by `vite preview`) and the
// renderer half of `electron-vite build` share this one definition.
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from './src-main/shared/csp.ts';
import packageJson from './package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, 'src-renderer');
const MESSAGES = /[\\/]paraglide[\\/]messages[\\/]/;
/** The second half of the start (src/start.ts), and the workspace the shell shows once it has run. */
const START = [resolve(root, 'src/start.ts'), resolve(root, 'src/views/Workspace.svelte')];

interface Graph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * Names 'start' every module the second half of the start imports statically, with the
 * workspace. What the shell already holds stays there: its group comes first. A message is
 * left to the messages' rules: every module that uses one imports them all, though only those
 * used are kept (with the chunk of the code that uses them).
 */
function startChunk(): (id: string, graph: Graph) => string | null {
  const reachedIn = new WeakMap<Graph, Set<string>>();
  const reach = (graph: Graph): Set<string> => {
    const reached = new Set<string>();
    const queue = [...START];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (reached.has(next)) continue;
      const info = graph.getModuleInfo(next);
      if (!info && START.includes(next)) throw new Error(`The start chunk begins at ${next}, which the build does not hold.`);
      reached.add(next);
      queue.push(...(info?.importedIds ?? []));
    }
    return reached;
  };
  return (id, graph) => {
    let reached = reachedIn.get(graph);
    if (!reached) reachedIn.set(graph, (reached = reach(graph)));
    return reached.has(id) && !MESSAGES.test(id) ? 'start' : null;
  };
}

/**
 * The page links the second half of the start (the 'start' chunk, the chunks it imports and its
 * stylesheet) for the browser to fetch beside the first. The entry asks for it as it runs, but
 * that request only went out once the shell had painted; preloaded, it is there when asked for.
 */
function preloadStart(): Plugin {
  return {
    name: 'chairdesk-preload-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const start = chunks.find((c) => c.name === 'start');
        if (!start) throw new Error('The build has no start chunk to preload.');
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const scripts = [start.fileName, ...start.imports.filter((f) => !entries.has(f))];
        const styles = [...(start.viteMetadata?.importedCss ?? [])];
        return [
          ...scripts.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
          ...styles.map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

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
    preloadStart(),
  ],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // Minified, said here rather than left to the defaults: electron-vite's default for the
    // renderer is not to minify, Vite's is to; stated, the desktop build and the browser
    // edition's produce the same files (a unit test builds both and compares them).
    minify: 'oxc',
    cssMinify: true,
    // A stylesheet per chunk: the page links only the shell's (8 KB, with the fonts and the
    // app-wide rules), so that the shell paints without waiting for every screen's rules. A lazy
    // chunk is imported through the preloading helper, which links its stylesheet (always) and
    // the chunk itself (below), together, and imports it once both have loaded: no screen is
    // drawn unstyled, and its code does not wait for its rules to be fetched. Its other
    // dependencies are left to the import itself. (Preloading them all through the helper cost
    // ~40 ms of main thread for the 23 of the first screen, when they were chunks of their own.)
    cssCodeSplit: true,
    modulePreload: { polyfill: false, resolveDependencies: (file, deps, { hostType }) => (hostType === 'html' ? deps : [file]) },
    rolldownOptions: {
      input: resolve(root, 'index.html'),
      output: {
        // The start in two requests (src/main.ts, src/start.ts): the shell, everything the
        // entry imports statically, painted before the database code has loaded; then 'start',
        // the database, the start-up reads and the workspace with the first screen, one chunk
        // rather than a dozen found one after the other. Paraglide compiles each message to a
        // module of its own: those the two use go with them, the others (shared by many lazy
        // screens, otherwise dozens of tiny chunks) come as one chunk with the first screen that
        // needs one.
        codeSplitting: {
          groups: [
            { name: 'shell', tags: ['$initial'], priority: 2 },
            { name: startChunk(), debugName: 'start', priority: 1 },
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
    // The browser edition is served with the same policy as the desktop app's app:// responses.
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER, 'X-Frame-Options': 'DENY' },
  },
};

export default defineConfig(rendererConfig);
