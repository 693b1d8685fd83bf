import { describe, expect, it } from 'vitest';
import { documentReference, referenceText } from './decision-labels';

const cfm = { acronym: { en: 'CFM', ru: 'СМИД' } };

describe('references of the register of decisions', () => {
  it('writes a decision’s reference in each language’s own word order', () => {
    expect(referenceText('decision', { acronym: 'CFM', number: 3, year: 2015 }, 'en')).toBe('CFM Decision No. 3/2015');
    expect(referenceText('decision', { acronym: 'СМИД', number: 3, year: 2015 }, 'ru')).toBe('Решение СМИД № 3/2015');
  });

  it('builds the reference from the body’s acronym in the document language, the number and the year', () => {
    const doc = { kind: 'statement' as const, number: 2, adoptedOn: '2016-01-12' };
    expect(documentReference(doc, cfm, '2015-12-30', 'en')).toBe('CFM Statement No. 2/2016');
    expect(documentReference(doc, cfm, '2015-12-30', 'ru')).toBe('Заявление СМИД № 2/2016');
  });

  it('keeps a reference typed in, and has none without a body or a number', () => {
    expect(documentReference({ kind: 'decision', number: 1, reference: 'No. 12-rs' }, cfm, '2015-04-02', 'en')).toBe('No. 12-rs');
    expect(documentReference({ kind: 'decision' }, cfm, '2015-04-02', 'en')).toBe('');
    expect(documentReference({ kind: 'decision', number: 1 }, undefined, '2015-04-02', 'en')).toBe('');
  });
});
