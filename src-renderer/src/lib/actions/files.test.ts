import { describe, expect, it } from 'vitest';
import { fileSlug } from './files';

describe('file names of exports', () => {
  it('keeps ё and й as letters: "Отчёт о ходе выполнения плана" is not cut at the ё', () => {
    expect(fileSlug('Отчёт о ходе выполнения плана — Таджикистан, 2015')).toBe('отчёт-о-ходе-выполнения-плана-таджикистан-2015');
    expect(fileSlug('Майский список')).toBe('майский-список');
  });

  it('keeps the Tajik letters ӣ ӯ ҳ қ ғ ҷ, typed composed or decomposed', () => {
    expect(fileSlug('Ҷумҳурии Тоҷикистон: қарор, ғизо, рӯз, тоҷикӣ')).toBe('ҷумҳурии-тоҷикистон-қарор-ғизо-рӯз-тоҷикӣ');
    expect(fileSlug('Отче\u0308т и\u0306')).toBe('отчёт-й');
  });

  it('keeps Latin letters with diacritics and makes every other character a dash', () => {
    expect(fileSlug('Ivica Dačić / OSCE: "list" *2015*')).toBe('ivica-dačić-osce-list-2015');
    expect(fileSlug('///')).toBe('chairdesk');
  });

  it('cuts a long name at 80 letters, without a dash at the end', () => {
    const slug = fileSlug(`${'ё'.repeat(79)} ӯӯӯ`);
    expect(Array.from(slug)).toHaveLength(79);
    expect(slug.endsWith('-')).toBe(false);
  });
});
