// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { platform } from '../platform';
import { locale } from '../state/locale.svelte';
import { toasts } from '../state/toasts.svelte';
import { fileSlug, saveExport } from './files';

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

describe('the toast after an export', () => {
  const lastToast = (): string | undefined => toasts.items[toasts.items.length - 1]?.text;

  it('counts the fields saved in the other language, in the screen’s language, by the plural rules', async () => {
    vi.spyOn(platform(), 'saveFile').mockResolvedValue('saved');
    locale.lang = 'en';
    await saveExport('list-ru.xlsx', 'xlsx', new Uint8Array(), { lang: 'ru', count: 2 });
    expect(lastToast()).toBe('Saved list-ru.xlsx. 2 fields have no Russian text and are exported in English.');
    await saveExport('list-en.docx', 'docx', new Uint8Array(), { lang: 'en', count: 1 });
    expect(lastToast()).toBe('Saved list-en.docx. 1 field has no English text and is exported in Russian.');
    locale.lang = 'ru';
    await saveExport('list-ru.docx', 'docx', new Uint8Array(), { lang: 'ru', count: 3 });
    expect(lastToast()).toBe('Файл list-ru.docx сохранён. 3 поля без русского текста выгружены по-английски.');
    await saveExport('list-ru.csv', 'csv', '', { lang: 'ru', count: 5 });
    expect(lastToast()).toBe('Файл list-ru.csv сохранён. 5 полей без русского текста выгружены по-английски.');
    locale.lang = 'en';
  });

  it('says only that the file was saved when every field is in the document’s language', async () => {
    vi.spyOn(platform(), 'saveFile').mockResolvedValue('saved');
    locale.lang = 'en';
    await saveExport('plan.docx', 'docx', new Uint8Array(), { lang: 'ru', count: 0 });
    expect(lastToast()).toBe('Saved plan.docx.');
  });
});
