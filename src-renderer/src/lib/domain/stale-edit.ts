// A Save refused because another window saved the same record meanwhile: the form as the user
// typed it, the record as it stood when the form opened, and the record as stored now, compared
// field by field in the form's own terms. A field is shown when the other window changed it and
// the user's value differs from the new one; the user keeps theirs or takes the new value per
// field, and nothing typed is lost. Pure.

/** A form field's value: text, a tick box, or a set of ticked choices. */
export type FormValue = string | boolean | readonly string[];
/** A form's fields: each a FormValue (an interface qualifies, unlike an index signature). */
export type FormValues<F> = { readonly [K in keyof F]-?: FormValue };

export type Keep = 'mine' | 'theirs';

export interface StaleField<K extends string> {
  key: K;
  /** What the user has in the form. */
  mine: FormValue;
  /** What the other window saved. */
  theirs: FormValue;
  /** Whether the user changed this field since the form opened. */
  edited: boolean;
  /** The choice preselected: the user's value where they changed the field, else the new one. */
  keep: Keep;
}

export function sameFormValue(a: FormValue | undefined, b: FormValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** The fields the other window changed whose stored value now differs from the user's, in form order. */
export function staleComparison<F extends FormValues<F>>(base: F, mine: F, theirs: F): StaleField<Extract<keyof F, string>>[] {
  const keys = Object.keys(mine).filter((k): k is Extract<keyof F, string> => k in theirs);
  return keys
    .filter((key) => !sameFormValue(base[key], theirs[key]) && !sameFormValue(mine[key], theirs[key]))
    .map((key): StaleField<Extract<keyof F, string>> => {
      const [was, value, other]: [FormValue, FormValue, FormValue] = [base[key], mine[key], theirs[key]];
      const edited = !sameFormValue(was, value);
      return { key, mine: value, theirs: other, edited, keep: edited ? 'mine' : 'theirs' };
    });
}

/** "Take all new values": the new value for every field compared. */
export function allTheirs<K extends string>(fields: readonly StaleField<K>[]): Partial<Record<K, Keep>> {
  const keep: Partial<Record<K, Keep>> = {};
  for (const f of fields) keep[f.key] = 'theirs';
  return keep;
}

/** The form to save over the new revision: the user's values, with the new one where chosen. */
export function resolveForm<F extends FormValues<F>>(mine: F, theirs: F, keep: Partial<Record<keyof F, Keep>>): F {
  const next = { ...mine };
  for (const key of Object.keys(keep).filter((k): k is Extract<keyof F, string> => k in theirs)) {
    if (keep[key] === 'theirs') next[key] = theirs[key];
  }
  return next;
}
