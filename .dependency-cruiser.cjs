// The import graph `npm run lint` enforces (dependency-cruiser): no cycles, and the renderer's
// layers point one way, each importing only the layers listed under it (README, "How the code
// is laid out", draws the same graph). Tests and the reliability suite may reach any layer to
// set up what they check; no product module may import them.

const SRC = '^src-renderer/src/';

/**
 * Features that span layers keep their files together: `lib/<feature>/<layer>/`, one
 * subfolder per layer, each held to its layer's rules (`lib/backup/io/` is io, `lib/backup/db/`
 * is db…), so a feature's room does not open a door between layers.
 */
const FEATURES = ['backup'];
const lib = (layer) => `${SRC}lib/(${FEATURES.join('|')}/)?${layer}/`;

/**
 * The renderer's layers, top to bottom, with the layers each one may import. A layer may always
 * import its own modules; anything not listed is a wrong-way arrow.
 */
const LAYERS = {
  // The entry (main.ts, start.ts) and the root component.
  shell: {
    path: `${SRC}(main|start)\\.ts$|${SRC}App\\.svelte$`,
    imports: ['views', 'components', 'actions', 'presentation', 'state', 'platform', 'domain'],
  },
  // Screens, one folder each; views/screens.ts lists them.
  views: { path: `${SRC}views/`, imports: ['components', 'actions', 'presentation', 'state', 'db', 'io', 'platform', 'domain'] },
  // Controls and frames shared by the screens.
  components: { path: `${SRC}components/`, imports: ['actions', 'presentation', 'state', 'domain'] },
  // What a user does: reads and writes through db, files through io and platform, tells state.
  actions: { path: lib('actions'), imports: ['presentation', 'state', 'example', 'workers', 'db', 'io', 'platform', 'domain'] },
  // The model in words and documents: labels, messages, printed and exported lists.
  presentation: { path: lib('presentation'), imports: ['state', 'db', 'io', 'domain'] },
  // Rune classes holding what the screens show: live queries, the route, the locale.
  state: { path: lib('state'), imports: ['workers', 'db', 'io', 'platform', 'domain'] },
  // The example year and its loader.
  example: { path: lib('example'), imports: ['db', 'io', 'domain'] },
  // Web Workers (search, ICS, documents, spreadsheets) and their runner.
  workers: { path: lib('workers'), imports: ['db', 'io', 'domain'] },
  // Dexie: the schema, its migrations, one repository per aggregate, read models.
  db: { path: lib('db'), imports: ['io', 'domain'] },
  // File formats, pure: ICS, CSV, XLSX, DOCX, backups, reference files.
  io: { path: lib('io'), imports: ['domain'] },
  // The edition's services: Electron's preload or the browser's.
  platform: { path: lib('platform'), imports: ['domain'] },
  // The model and its rules, pure.
  domain: { path: lib('domain'), imports: [] },
};

/** Tests, their helpers and fixtures, and the reliability suite: outside the layers. */
const TEST_CODE = '\\.(test|test-helper|fixture|e2e-fixture)\\.ts$|/test-fixtures\\.ts$|^src-renderer/src/reliability/';

const layerRules = Object.entries(LAYERS).map(([name, layer]) => {
  const others = Object.keys(LAYERS).filter((other) => other !== name && !layer.imports.includes(other));
  return {
    name: `layer-${name}`,
    severity: 'error',
    comment: `${name} may import ${layer.imports.join(', ') || 'no other layer'} (README: How the code is laid out)`,
    from: { path: layer.path, pathNot: TEST_CODE },
    to: { path: others.map((other) => LAYERS[other].path) },
  };
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: move the shared piece down a layer, or pass a callback in.',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'renderer-in-a-layer',
      severity: 'error',
      comment: "Every module of lib/ belongs to a layer's folder: none at its root, nor at a feature's root.",
      from: { path: `${SRC}lib/(${FEATURES.join('|')}/)?[^/]+$` },
      to: {},
    },
    {
      name: 'feature-in-layers',
      severity: 'error',
      comment: "A feature folder holds only its layers' subfolders (lib/backup/io/, lib/backup/db/…).",
      from: {
        path: `${SRC}lib/(${FEATURES.join('|')})/`,
        pathNot: `${SRC}lib/(${FEATURES.join('|')})/(${Object.keys(LAYERS).join('|')})/`,
      },
      to: {},
    },
    {
      name: 'no-test-code-in-product',
      severity: 'error',
      comment: 'Tests, fixtures, the reliability suite and the benchmark never ship.',
      from: { path: '^src-(renderer|main)/', pathNot: TEST_CODE },
      to: { path: [TEST_CODE, '^e2e/', '^scripts/'] },
    },
    {
      name: 'renderer-reaches-main-through-shared',
      severity: 'error',
      comment: 'The renderer knows the main process only through the typed IPC contract (src-main/shared).',
      from: { path: '^src-renderer/' },
      to: { path: '^src-main/', pathNot: '^src-main/shared/' },
    },
    {
      name: 'main-never-imports-renderer',
      severity: 'error',
      from: { path: '^src-main/', pathNot: TEST_CODE },
      to: { path: '^src-renderer/' },
    },
    {
      name: 'shared-stands-alone',
      severity: 'error',
      comment: 'The IPC contract is imported by both processes and imports neither.',
      from: { path: '^src-main/shared/' },
      to: { path: '^src-main/(main|preload)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^src-renderer/src/paraglide/' },
    tsConfig: { fileName: 'tsconfig.web.json' },
    // Type-only imports are arrows too: a type from a layer above ties the layers as surely.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'browser', 'default'],
      extensions: ['.ts', '.svelte', '.js', '.mjs'],
    },
  },
};
