// An Action Plan item's theme, named from the organization's own themes. Items keep a theme's
// id; one that names no theme the organization has (a row deleted since, or a backup from
// elsewhere) shows its id rather than nothing. Pure.
import { pickText } from './text';
import type { Lang, Theme } from './types';

/** The theme's name in `lang`; its id when the organization has no such theme; '' for no theme. */
export function themeName(id: string, themes: readonly Pick<Theme, 'id' | 'name'>[], lang: Lang): string {
  if (!id) return '';
  const theme = themes.find((t) => t.id === id);
  return theme ? pickText(theme.name, lang) || id : id;
}

/**
 * The themes a filter or picker lists: the organization's in its order (without the retired
 * ones unless `used` has them), then the ids of `used` that match no theme.
 */
export function themeChoices<T extends Pick<Theme, 'id' | 'retired'>>(
  themes: readonly T[],
  used: Iterable<string>,
  { all = true }: { all?: boolean } = {},
): (T | { id: string; unknown: true })[] {
  const wanted = new Set([...used].filter(Boolean));
  const listed = themes.filter((t) => (all ? !t.retired || wanted.has(t.id) : wanted.has(t.id)));
  const known = new Set(themes.map((t) => t.id));
  return [...listed, ...[...wanted].filter((id) => !known.has(id)).map((id) => ({ id, unknown: true as const }))];
}
