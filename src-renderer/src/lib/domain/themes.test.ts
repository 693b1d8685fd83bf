import { describe, expect, it } from 'vitest';
import { themeChoices, themeName } from './themes';

const themes = [
  { id: 'ct', name: { en: 'Counter-terrorism', ru: 'Противодействие терроризму' } },
  { id: 'drugs', name: { en: '', ru: 'Незаконный оборот наркотиков' }, retired: true },
  { id: 'un', name: { en: 'Cooperation with the UN', ru: 'Сотрудничество с ООН' } },
];

describe('naming an item’s theme', () => {
  it('uses the organization’s theme in the language asked for, else the other', () => {
    expect(themeName('ct', themes, 'ru')).toBe('Противодействие терроризму');
    expect(themeName('drugs', themes, 'en')).toBe('Незаконный оборот наркотиков');
  });

  it('shows the id of a theme the organization does not have, and nothing for no theme', () => {
    expect(themeName('space', themes, 'en')).toBe('space');
    expect(themeName('', themes, 'en')).toBe('');
  });
});

describe('the themes a picker or filter lists', () => {
  it('lists the themes in order without the retired ones, unless one is in use', () => {
    expect(themeChoices(themes, []).map((t) => t.id)).toEqual(['ct', 'un']);
    expect(themeChoices(themes, ['drugs']).map((t) => t.id)).toEqual(['ct', 'drugs', 'un']);
  });

  it('lists only the themes in use when asked, and unknown ids after them', () => {
    expect(themeChoices(themes, ['space', 'un', ''], { all: false })).toEqual([themes[2], { id: 'space', unknown: true }]);
  });
});
