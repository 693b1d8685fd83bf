// No dependency runs an install script unreviewed (es5-ext's "protest-ware" postinstall, pulled
// in by the security scanner, among them): every package of the lockfile that has one is named
// in package.json's allowScripts, and CI installs with scripts off on any npm.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  allowScripts?: Record<string, boolean>;
  scripts: Record<string, string>;
};
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

describe('install scripts', () => {
  it('are decided for every dependency that has one, and es5-ext’s is denied', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) expect(pkg.allowScripts, name).toHaveProperty([name]);
    expect(pkg.allowScripts?.['es5-ext']).toBe(false);
  });

  it('are off when CI installs, and the project has none of its own to skip', () => {
    const ci = readFileSync(path.join(root, '.ci/run'), 'utf8');
    const installs = ci.split('\n').filter((line) => /^\s*npm (ci|install)\b/.test(line));
    expect(installs.length).toBeGreaterThan(0);
    for (const line of installs) expect(line).toContain('--ignore-scripts');
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts).not.toHaveProperty([hook]);
  });
});
