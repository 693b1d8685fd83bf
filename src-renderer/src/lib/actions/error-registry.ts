// The shape of the one error registry (handle-error.ts holds the table): each feature lists
// its errors by type, with the words for each, beside its own code; the first rule that has
// words for an error wins, and anything no rule knows reads as the generic message.
import { ValidationError, type StoreTable } from '../db/errors';

/** A class of error, abstract or not: what a rule is keyed by. */
type ErrorClass<E> = abstract new (...args: never[]) => E;

/** Words for one type of error; `undefined` when this rule has none for this one (the next rule is asked). */
export interface ErrorRule {
  readonly type: ErrorClass<unknown>;
  readonly message: (error: unknown) => string | undefined;
}

/** A rule for the errors of `type` (and its subclasses). */
export function rule<E>(type: ErrorClass<E>, message: (error: E) => string | undefined): ErrorRule {
  return { type, message: (error) => (error instanceof type ? message(error) : undefined) };
}

/** Words for one refusal code, given the field it was refused for. */
type CodeText = (field: string) => string | undefined;

/**
 * The words for the refusals of one table, keyed by code: a ValidationError of another table
 * is not this rule's (the same code means something else there). With several refused fields,
 * the code listed first wins.
 */
export function refusals(table: StoreTable, codes: Readonly<Record<string, CodeText>>): ErrorRule {
  return rule(ValidationError, (error) => {
    if (error.table !== table) return undefined;
    for (const [code, text] of Object.entries(codes)) {
      const refused = error.errors.find((e) => e.code === code);
      const words = refused && text(refused.field);
      if (words !== undefined) return words;
    }
    return undefined;
  });
}

/** The words of the first rule that has some for `error`; `fallback` when none has. */
export function resolveMessage(rules: readonly ErrorRule[], error: unknown, fallback: () => string): string {
  for (const candidate of rules) {
    if (!(error instanceof candidate.type)) continue;
    const words = candidate.message(error);
    if (words !== undefined) return words;
  }
  return fallback();
}
