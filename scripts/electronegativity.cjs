// Electron security lint (Doyensec's electronegativity) over the built app in out/. The tool
// always exits 0 and its CLI breaks on a newer hoisted `commander`, so this script calls its
// runner directly, reads the SARIF report, and fails on every finding that the allowlist
// (security/electronegativity-allowlist.json) does not explain, each entry naming one finding
// exactly (its check, file and whole line), and on every entry that no longer matches one.
const { readFileSync, mkdirSync, rmSync } = require('node:fs');
const path = require('node:path');
const { explain } = require('./electronegativity-match.cjs');

const root = path.dirname(__dirname);
const report = path.join(root, '.reports', 'electronegativity.sarif');
const allowlist = JSON.parse(readFileSync(path.join(root, 'security', 'electronegativity-allowlist.json'), 'utf8'));

/** The tool writes its report with an unawaited fs.writeFile: wait until it parses. */
async function readReport() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      return JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`electronegativity wrote no readable report at ${report}`);
}

async function main() {
  process.env.LANG = 'en-US';
  const i18n = require('@doyensec/electronegativity/dist/locales/i18n.js');
  const runner = require('@doyensec/electronegativity/dist/runner.js');
  const quiet = console.log;
  console.log = () => undefined; // the tool reports its offline translation and release fetches
  try {
    await (i18n.default ?? i18n)();
    mkdirSync(path.dirname(report), { recursive: true });
    rmSync(report, { force: true });
    await (runner.default ?? runner)(
      {
        input: path.join(root, 'out'),
        output: report,
        isSarif: true,
        customScan: [],
        excludeFromScan: [],
        isRelative: true,
        isVerbose: false,
        electronVersionOverride: require('electron/package.json').version,
        parserPlugins: [],
      },
      false,
    );
  } finally {
    console.log = quiet;
  }
  const sarif = await readReport();
  const findings = sarif.runs.flatMap((run) =>
    run.results.map((r) => {
      const where = r.locations?.[0]?.physicalLocation;
      const file = where?.artifactLocation?.uri ?? '';
      // SARIF carries no code sample: take the flagged line from the built file.
      const line = readFileSync(path.join(root, 'out', file), 'utf8').split('\n')[(where?.region?.startLine ?? 1) - 1] ?? '';
      return { check: r.ruleId, file, sample: line.trim() };
    }),
  );
  const { unexplained, stale } = explain(findings, allowlist);
  for (const f of unexplained) console.error(`electronegativity: unexplained ${f.check} in ${f.file}: ${f.sample}`);
  for (const a of stale)
    console.error(`electronegativity: allowlist entry matches no finding (remove or update it): ${a.check} in ${a.file}: ${a.sample}`);
  console.log(
    `electronegativity: ${findings.length} findings, ${findings.length - unexplained.length} explained in the allowlist, ${unexplained.length} unexplained`,
  );
  process.exit(unexplained.length === 0 && stale.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
