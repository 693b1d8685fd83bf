import { describe, expect, it } from 'vitest';
import type { BackupTables } from '$lib/backup/io/file-format';
import { lookups, valueText } from './merge-names';

const none = new Proxy({}, { get: () => [] }) as BackupTables;

describe('a merged field’s value in words', () => {
  it('gives a venue as its city and place, in the language shown', () => {
    const venue = { city: { en: 'Bishkek', ru: 'Бишкек' }, place: { en: '', ru: 'Дворец «Ала-Арча»' } };
    expect(valueText('venue', venue, lookups(none, none), 'ru')).toBe('Бишкек, Дворец «Ала-Арча»');
    expect(valueText('venue', { city: { en: 'Bishkek', ru: 'Бишкек' } }, lookups(none, none), 'en')).toBe('Bishkek');
  });
});
