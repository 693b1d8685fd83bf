import { describe, expect, it } from 'vitest';
import { hasText, personName, pickText } from './text';

describe('bilingual text', () => {
  it('shows the UI language and falls back to the other', () => {
    const both = { en: 'Council of Foreign Ministers', ru: 'Совет министров иностранных дел' };
    expect(pickText(both, 'ru')).toBe('Совет министров иностранных дел');
    expect(pickText({ en: 'Khujand', ru: '' }, 'ru')).toBe('Khujand');
    expect(pickText({ en: ' ', ru: 'Худжанд' }, 'en')).toBe('Худжанд');
    expect(pickText(undefined, 'en')).toBe('');
    expect(hasText({ en: '', ru: '  ' })).toBe(false);
  });

  it('writes names "Given Family" or "FAMILY, Given"', () => {
    const names = { en: { given: 'Sergey', family: 'Lavrov' }, ru: { given: 'Сергей', family: 'Лавров' } };
    expect(personName(names, 'en')).toBe('Sergey Lavrov');
    expect(personName(names, 'ru', 'family-given')).toBe('ЛАВРОВ, Сергей');
    expect(personName({ en: { given: 'Ivica', family: 'Dačić' }, ru: { given: '', family: '' } }, 'ru')).toBe('Ivica Dačić');
  });
});
