import { describe, expect, it } from 'vitest';
import { emptyPersonForm, formFromPerson, personFromForm, validatePerson } from './person-rules';

describe('person records', () => {
  it('needs a family name in English or Russian', () => {
    expect(validatePerson(emptyPersonForm())).toEqual([{ field: 'familyEn', code: 'name-required' }]);
    expect(validatePerson({ ...emptyPersonForm(), givenRu: 'Сергей' })).toEqual([{ field: 'familyRu', code: 'name-required' }]);
    expect(validatePerson({ ...emptyPersonForm(), familyRu: 'Лавров' })).toEqual([]);
  });

  it('checks email and phone, and keeps international phone numbers', () => {
    const base = { ...emptyPersonForm(), familyEn: 'Lavrov' };
    expect(validatePerson({ ...base, email: 'lavrov@mid', phone: '+7 495 244-16-06' })).toEqual([
      { field: 'email', code: 'email-invalid' },
    ]);
    expect(validatePerson({ ...base, email: 'press@mid.ru', phone: 'call me' })).toEqual([{ field: 'phone', code: 'phone-invalid' }]);
    expect(validatePerson({ ...base, email: 'press@mid.ru', phone: '+992 (37) 221-15-26' })).toEqual([]);
  });

  it('refuses over-long text', () => {
    expect(validatePerson({ ...emptyPersonForm(), familyEn: 'x'.repeat(301) })).toEqual([{ field: 'familyEn', code: 'too-long' }]);
  });

  it('turns the form into a record and back, leaving empty optional fields out', () => {
    const form = { ...emptyPersonForm(), familyEn: ' Lavrov ', givenEn: 'Sergey', familyRu: 'Лавров', givenRu: 'Сергей', partyId: 'ru' };
    const person = personFromForm(form, 'org');
    expect(person).toEqual({
      organizationId: 'org',
      names: { en: { given: 'Sergey', family: 'Lavrov' }, ru: { given: 'Сергей', family: 'Лавров' } },
      honorific: { en: '', ru: '' },
      partyId: 'ru',
    });
    expect(formFromPerson(person)).toEqual({ ...form, familyEn: 'Lavrov' });
  });
});
