import { describe, expect, it } from 'vitest';
import { fallbackFields, fellBack, hasText, namesText, personName, pickText } from './text';

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

describe('fields printed in the other language', () => {
  const place = { en: 'Palace of Independence', ru: '' };
  const city = { en: 'Astana', ru: 'Астана' };
  const notes = { en: '', ru: '' };

  it('finds a text written only in the other language, not one in both or in neither', () => {
    expect(fellBack(place, 'ru')).toBe(true);
    expect(fellBack(place, 'en')).toBe(false);
    expect(fellBack(city, 'ru')).toBe(false);
    expect(fellBack(notes, 'ru')).toBe(false);
    expect(fellBack({ en: 'Astana', ru: '   ' }, 'ru')).toBe(true);
    expect(fellBack(undefined, 'ru')).toBe(false);
  });

  it('names each field that fell back, with the text printed, once', () => {
    const title = { en: '', ru: 'Заседание СМИД' };
    const fields = [
      { label: 'title', text: title },
      { label: 'place', text: place },
      { label: 'city', text: city },
      { label: 'notes', text: notes },
      { label: 'title again', text: title },
    ];
    expect(fallbackFields(fields, 'ru')).toEqual([{ label: 'place', shown: 'Palace of Independence' }]);
    expect(fallbackFields(fields, 'en')).toEqual([{ label: 'title', shown: 'Заседание СМИД' }]);
  });

  it('counts a person’s name written only in English as a fallback in a Russian document', () => {
    const dacic = namesText({ en: { given: 'Ivica', family: 'Dačić' }, ru: { given: '', family: '' } });
    expect(dacic).toEqual({ en: 'Ivica Dačić', ru: '' });
    expect(fellBack(dacic, 'ru')).toBe(true);
    expect(fellBack(namesText({ en: { given: 'Sergey', family: 'Lavrov' }, ru: { given: 'Сергей', family: 'Лавров' } }), 'ru')).toBe(false);
  });
});
