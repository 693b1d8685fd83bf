// Bad import files change nothing and fail cleanly: every generated file either reads into a
// table whose preview lists its errors, or is refused with an ImportError; no other
// exception, no prototype pollution, and quickly.
import { describe, expect, it } from 'vitest';
import { party } from '../domain/test-fixtures';
import { parseCsv } from './csv';
import { ImportError } from './import-error';
// The reliability corpus's seeded generator (mulberry32), so a failure can be replayed.
import { random } from '../../reliability/corpus/common';
import { guessMapping, previewImport } from './persons-import';

const parties = [party('ru', 'member', 'Russia', 'Россия', { iso2: 'RU' })];
const GOOD = new TextEncoder().encode('Фамилия;Имя;Страна;Эл. почта\nЛавров;Сергей;Россия;press@mid.ru\nМакей;Владимир;RU;\n');

function badFiles(count: number): Uint8Array[] {
  const next = random(20150402);
  const files: Uint8Array[] = [new Uint8Array(), new TextEncoder().encode('\n\n\n'), new TextEncoder().encode('"unclosed;quote\nrow')];
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);
  files.push(text('__proto__;constructor;prototype\n{"polluted":1};x;y\n'));
  files.push(text(`Фамилия;Имя\n${'x'.repeat(20_000)};y\n`));
  files.push(text(`${Array.from({ length: 150 }, (_, i) => `c${i}`).join(';')}\n`));
  files.push(text(`Фамилия\n${'a\n'.repeat(10_001)}`));
  while (files.length < count) {
    const kind = files.length % 4;
    if (kind === 0) files.push(GOOD.slice(0, Math.floor(next() * GOOD.length)));
    else if (kind === 1) {
      const flipped = GOOD.slice();
      for (let i = 0; i < 5; i++) flipped[Math.floor(next() * flipped.length)] = Math.floor(next() * 256);
      files.push(flipped);
    } else if (kind === 2) files.push(Uint8Array.from({ length: 1 + Math.floor(next() * 400) }, () => Math.floor(next() * 256)));
    else
      files.push(text(`Фамилия;Email\n${Array.from({ length: 20 }, () => `=cmd|' /C calc'!A0;@${Math.floor(next() * 1e6)}`).join('\n')}`));
  }
  return files;
}

describe('bad person import files', () => {
  it('are read or refused cleanly, 500 of them, without polluting any prototype', () => {
    const started = performance.now();
    const outcomes = { refused: 0, previewed: 0 };
    for (const bytes of badFiles(500)) {
      let table;
      try {
        table = parseCsv(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        outcomes.refused++;
        continue;
      }
      const preview = previewImport(table, guessMapping(table.header), parties, 'org');
      expect(preview.rows).toHaveLength(table.rows.length);
      expect(preview.valid.every((r) => r.errors.length === 0)).toBe(true);
      outcomes.previewed++;
    }
    const fresh: Record<string, unknown> = {};
    expect(fresh.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(outcomes.refused).toBeGreaterThan(10);
    expect(outcomes.previewed).toBeGreaterThan(10);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
