import { describe, expect, it } from 'vitest';
import { filledFrom } from './person-fill';
import type { Fields, Person } from './types';

const person = (fields: Partial<Fields<Person>>): Fields<Person> => ({
  organizationId: 'org',
  names: { en: { given: '', family: '' }, ru: { given: '', family: '' } },
  honorific: { en: '', ru: '' },
  ...fields,
});

describe('a record completed from another', () => {
  const kept = person({
    names: { en: { given: 'Sergey', family: 'Lavrov' }, ru: { given: '', family: '' } },
    email: 'lavrov@mid.ru',
    notes: 'Minister since 2004.',
  });
  const other = person({
    names: { en: { given: 'Sergei', family: 'Lavrov' }, ru: { given: 'Сергей', family: 'Лавров' } },
    partyId: 'ru',
    email: 'other@mid.ru',
    phone: '+7 499 244-16-06',
    honorific: { en: 'H.E. Mr', ru: 'г-н' },
    notes: 'Met in Dushanbe.',
  });

  it('fills each empty field, and never changes one the kept record has', () => {
    const next = filledFrom(kept, other);
    expect(next.names).toEqual({ en: { given: 'Sergey', family: 'Lavrov' }, ru: { given: 'Сергей', family: 'Лавров' } });
    expect(next).toMatchObject({
      partyId: 'ru',
      email: 'lavrov@mid.ru',
      phone: '+7 499 244-16-06',
      honorific: { en: 'H.E. Mr', ru: 'г-н' },
    });
  });

  it('keeps both records’ notes', () => {
    expect(filledFrom(kept, other).notes).toBe('Minister since 2004.\n\nMet in Dushanbe.');
    expect(filledFrom(kept, kept).notes).toBe('Minister since 2004.');
  });
});
