// The organization screens' entries in the error registry (handle-error.ts): a row still in
// use, and where (so the user can retire it instead). A field's own error, shown next to it,
// is in reference-refusals.ts.
import { InUseError } from '../db/errors';
import { m } from '../presentation/i18n';
import { rule, type ErrorRule } from './error-registry';

/** "persons: 3, seats: 4": where a row is used, in the UI language. */
export function usesText(uses: InUseError['uses']): string {
  const words: Record<keyof InUseError['uses'], (n: number) => string> = {
    persons: (count) => m.org_uses_persons({ count }),
    participants: (count) => m.org_uses_participants({ count }),
    appointments: (count) => m.org_uses_appointments({ count }),
    bodies: (count) => m.org_uses_bodies({ count }),
    sessions: (count) => m.org_uses_sessions({ count }),
    actionItems: (count) => m.org_uses_action_items({ count }),
    chairmanships: (count) => m.org_uses_chairmanships({ count }),
    agendaItems: (count) => m.org_uses_agenda_items({ count }),
  };
  return Object.entries(uses)
    .flatMap(([kind, count]) => {
      const word = Object.hasOwn(words, kind) ? words[kind as keyof typeof words] : undefined;
      return word && count ? [word(count)] : [];
    })
    .join(', ');
}

/** A row still in use cannot be deleted: where it is used, so the user can retire it instead. */
export const referenceErrors: readonly ErrorRule[] = [rule(InUseError, (error) => m.org_error_in_use({ uses: usesText(error.uses) }))];
