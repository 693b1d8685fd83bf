import { describe, expect, it } from 'vitest';
import { person } from '../domain/test-fixtures';
import { formalName, markSymbol, participantName, percent } from './people-labels';

const lavrov = person('lavrov', 'ru', ['Sergey', 'Lavrov'], ['Сергей', 'Лавров']);
const deputy = person('deputy', 'ru', ['Grigory', 'Karasin'], ['Григорий', 'Карасин']);

describe('participant names on lists', () => {
  it('shows a substitute as "X (for Y)" in English', () => {
    expect(participantName(deputy, lavrov, 'en')).toBe('Grigory Karasin (for Sergey Lavrov)');
    expect(participantName(deputy, lavrov, 'en', 'family-given')).toBe('KARASIN, Grigory (for LAVROV, Sergey)');
  });

  it('shows it in Russian without declining the name', () => {
    expect(participantName(deputy, lavrov, 'ru')).toBe('Григорий Карасин (замещает: Сергей Лавров)');
  });

  it('shows a seat holder by name alone', () => {
    expect(participantName(lavrov, undefined, 'en')).toBe('Sergey Lavrov');
  });

  it('puts the honorific before the formal name', () => {
    expect(formalName({ ...lavrov, honorific: { en: 'H.E. Mr', ru: 'г-н' } }, 'ru')).toBe('г-н Сергей Лавров');
    expect(formalName(lavrov, 'en')).toBe('Sergey Lavrov');
  });

  it('formats rates and marks in the document language', () => {
    expect(percent(0.5, 'en')).toBe('50%');
    expect(percent(null, 'en')).toBe('—');
    expect(markSymbol('present', 'ru')).toBe('П');
    expect(markSymbol('represented', 'en')).toBe('R');
  });
});
