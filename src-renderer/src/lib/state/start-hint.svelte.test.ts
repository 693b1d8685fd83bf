// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChairmanshipView } from '../domain/types';
import { app } from './app.svelte';
import { locale } from './locale.svelte';
import { applyStartHint, bannerOf, readStartHint, rememberStart, writeStartHint, type StartHint } from './start-hint.svelte';

const at = '2015-01-01T00:00:00.000Z';
const chairmanship: ChairmanshipView = {
  id: 'ch-1',
  createdAt: at,
  updatedAt: at,
  rev: 1,
  organizationId: 'org',
  organization: {
    id: 'org',
    createdAt: at,
    updatedAt: at,
    rev: 1,
    name: { en: 'Collective Security Treaty Organization', ru: 'Организация Договора о коллективной безопасности' },
    short: { en: '', ru: '' },
    acronym: { en: 'CSTO', ru: 'ОДКБ' },
    protocolOrder: { kind: 'alphabetical', language: 'ru' },
  },
  chairState: { en: 'Tajikistan', ru: 'Таджикистан' },
  year: 2015,
  firstDay: '2015-01-01',
  lastDay: '2015-12-31',
  homeTimeZone: 'Asia/Dushanbe',
  example: 1,
};

/** A storage of its own per test, holding what was last written. */
function memoryStorage(initial?: string): Storage & { value: string | null; writes: number } {
  const storage = {
    value: initial ?? null,
    writes: 0,
    getItem: () => storage.value,
    setItem: (_key: string, value: string) => {
      storage.writes++;
      storage.value = value;
    },
  };
  return storage as unknown as Storage & { value: string | null; writes: number };
}

afterEach(() => {
  app.banner = null;
  app.chairmanshipId = null;
  locale.lang = 'en';
});

describe('the start hint', () => {
  it("reads back what was written, with only the chairmanship's heading and the span and zone its year is read in", () => {
    const storage = memoryStorage();
    const hint: StartHint = { lang: 'ru', chairmanship: bannerOf(chairmanship) };
    writeStartHint(hint, storage);
    expect(readStartHint(storage)).toEqual(hint);
    expect(Object.keys((JSON.parse(storage.value ?? '') as StartHint).chairmanship ?? {}).sort()).toEqual([
      'chairState',
      'example',
      'firstDay',
      'homeTimeZone',
      'id',
      'lastDay',
      'organization',
      'organizationId',
      'year',
    ]);
    // A hint written before the span and zone were kept still reads.
    const older = bannerOf(chairmanship);
    delete older.homeTimeZone;
    delete older.firstDay;
    delete older.lastDay;
    delete older.organizationId;
    expect(readStartHint(memoryStorage(JSON.stringify({ lang: 'en', chairmanship: older })))).toEqual({ lang: 'en', chairmanship: older });
    writeStartHint({ lang: 'en', chairmanship: null }, storage);
    expect(readStartHint(storage)).toEqual({ lang: 'en', chairmanship: null });
  });

  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{lang: ru'],
    ['an unknown language', '{"lang":"tg","chairmanship":null}'],
    ['no chairmanship field', '{"lang":"en"}'],
    ['a number for an id', '{"lang":"en","chairmanship":{"id":7}}'],
    ['a number for a first day', JSON.stringify({ lang: 'en', chairmanship: { ...bannerOf(chairmanship), firstDay: 20150101 } })],
    [
      'a text in one language only',
      JSON.stringify({ lang: 'en', chairmanship: { ...bannerOf(chairmanship), chairState: { en: 'Tajikistan' } } }),
    ],
    ['a year in words', JSON.stringify({ lang: 'en', chairmanship: { ...bannerOf(chairmanship), year: 'twenty fifteen' } })],
    ['a zone that is no text', JSON.stringify({ lang: 'en', chairmanship: { ...bannerOf(chairmanship), homeTimeZone: 5 } })],
    ['an array', '[]'],
  ])('is no hint when it holds %s', (_what, stored) => {
    expect(readStartHint(memoryStorage(stored))).toBeNull();
  });

  it('is no hint, and costs nothing, when the storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(readStartHint(refusing)).toBeNull();
    expect(() => writeStartHint({ lang: 'en', chairmanship: null }, refusing)).not.toThrow();
  });

  it('draws the start in its language, with its chairmanship in the shell', () => {
    applyStartHint({ lang: 'ru', chairmanship: bannerOf(chairmanship) });
    expect(locale.lang).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect(app.banner?.id).toBe('ch-1');
    applyStartHint(null);
    expect(locale.lang).toBe('ru');
  });

  it('follows the language and the open chairmanship once the start has read them', () => {
    const storage = memoryStorage();
    app.chairmanshipId = 'ch-1';
    app.banner = bannerOf(chairmanship);
    const stop = rememberStart(storage);
    try {
      flushSync();
      expect(readStartHint(storage)).toEqual({ lang: 'en', chairmanship: bannerOf(chairmanship) });

      locale.lang = 'ru';
      flushSync();
      expect(readStartHint(storage)?.lang).toBe('ru');

      // Another chairmanship is opened: until its heading is known, none is remembered.
      app.chairmanshipId = 'ch-2';
      flushSync();
      expect(readStartHint(storage)).toEqual({ lang: 'ru', chairmanship: null });
      app.banner = bannerOf({ ...chairmanship, id: 'ch-2', year: 2016 });
      flushSync();
      expect(readStartHint(storage)?.chairmanship).toMatchObject({ id: 'ch-2', year: 2016 });

      // The welcome screen: no chairmanship open.
      app.chairmanshipId = null;
      flushSync();
      expect(readStartHint(storage)).toEqual({ lang: 'ru', chairmanship: null });
    } finally {
      stop();
    }
    const writes = storage.writes;
    locale.lang = 'en';
    flushSync();
    expect(storage.writes).toBe(writes);
  });
});
