// The themes an Action Plan item can belong to: the areas of work the chairmanship follows
// (DOMAIN.md, "Themes of the Action Plan"). Stored as these keys; labelled in the UI language.

export const ACTION_THEMES = [
  'counter-terrorism',
  'extremism',
  'drug-trafficking',
  'afghanistan',
  'weapons-trafficking',
  'organized-crime',
  'illegal-migration',
  'cooperation-un',
  'cooperation-osce',
  'cooperation-sco-cis',
  'international-cooperation',
  'military-cooperation',
] as const;

export type ActionTheme = (typeof ACTION_THEMES)[number];

export function isActionTheme(value: string): value is ActionTheme {
  return ACTION_THEMES.some((t) => t === value);
}
