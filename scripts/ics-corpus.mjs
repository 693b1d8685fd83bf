// The real calendar files of the ICS corpus test (src-renderer/src/lib/io/ics-corpus/) that
// arrive through Debian's apt: for each Debian package the manifest names, its files are used
// where the package is installed, else the package is downloaded (`apt-get download`, no root
// needed) and unpacked into .cache/ics-corpus/root. The npm ones come with `npm ci`.
// Prints what it did; exits 1 if a package could not be had.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './results.mjs';

/** Debian package → one of its files, to tell whether it is there. */
export const DEBIAN_PACKAGES = {
  'python3-icalendar': 'usr/lib/python3/dist-packages/icalendar/tests/recurrence.ics',
  'evolution-data-server-tests': 'usr/libexec/evolution-data-server/installed-tests/components/event-0.ics',
  'golang-github-arran4-golang-ical-dev': 'usr/share/gocode/src/github.com/arran4/golang-ical/testdata/timeparsing.ics',
};

export const CACHE = path.join(ROOT, '.cache', 'ics-corpus');

export function debianCorpus() {
  const missing = Object.entries(DEBIAN_PACKAGES).filter(
    ([, probe]) => !existsSync(path.join('/', probe)) && !existsSync(path.join(CACHE, 'root', probe)),
  );
  if (missing.length === 0) return true;
  const debs = path.join(CACHE, 'debs');
  mkdirSync(debs, { recursive: true });
  try {
    for (const [name] of missing) {
      console.log(`ICS corpus: apt-get download ${name}`);
      execFileSync('apt-get', ['download', '-q', name], { cwd: debs, stdio: 'inherit' });
      const file = readdirSync(debs).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
      if (!file) throw new Error(`no .deb for ${name}`);
      execFileSync('dpkg-deb', ['-x', path.join(debs, file), path.join(CACHE, 'root')], { stdio: 'inherit' });
    }
    return true;
  } catch (error) {
    console.error(`ICS corpus: could not get the Debian packages (${error instanceof Error ? error.message : error}).`);
    console.error('Run `apt-get update` first, or install them: apt-get install -y ' + missing.map(([n]) => n).join(' '));
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(debianCorpus() ? 0 : 1);
