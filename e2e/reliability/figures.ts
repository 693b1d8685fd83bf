// The figure of one docs/quality.md test, written where scripts/reliability.mjs reads it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function recordFigure(name: string, figure: Record<string, unknown>): void {
  const dir = path.resolve(import.meta.dirname, '../../.reports/reliability');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(figure, null, 2));
}
