import { describe, expect, it } from 'vitest';
import { emptyPersonForm, formFromPerson, isEmailAddress, MAX_EMAIL_LENGTH, personFromForm, validatePerson } from './person-rules';

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

describe('e-mail addresses', () => {
  const base = { ...emptyPersonForm(), familyEn: 'Lavrov' };

  it.each(['press@mid.ru', 'a.aslov@mfa.tj', "o'neil+protocol@un.org", 'пресс@мид.рф', 'x@sub.domain-name.tj'])('takes %s', (email) => {
    expect(isEmailAddress(email)).toBe(true);
    expect(validatePerson({ ...base, email })).toEqual([]);
  });

  it.each([
    'lavrov@mid',
    'a@b@c.d',
    'a b@c.d',
    'a@b..c',
    'a@.b.c',
    'a@b.c?attach=/etc/passwd',
    'a&b@c.d',
    'a%40b@c.d',
    `${'a'.repeat(250)}@c.de`,
  ])('refuses %s', (email) => {
    expect(isEmailAddress(email)).toBe(false);
    expect(validatePerson({ ...base, email })).toEqual([{ field: 'email', code: 'email-invalid' }]);
  });

  // A 40 KB cell that made the earlier expression backtrack for seconds (its cost grew with
  // the square of the length): now the length is checked first and the expression is linear.
  it.each([`a@${'a.'.repeat(20_000)}@`, `a@${'.'.repeat(40_000)} `, `${'a'.repeat(20_000)}@${'b.'.repeat(10_000)}!`])(
    'refuses a crafted 40 KB value at once',
    (email) => {
      const started = performance.now();
      expect(validatePerson({ ...base, email })).toEqual([{ field: 'email', code: 'email-invalid' }]);
      expect(isEmailAddress(email.slice(0, MAX_EMAIL_LENGTH))).toBe(false);
      expect(performance.now() - started).toBeLessThan(100);
    },
  );
});
