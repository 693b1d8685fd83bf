// Two records of one person joined into the one kept (the Merge with another record…
// command), with Undo; and the check, as a new person is saved, that he is not in the list
// already.
import { handleError } from './handle-error';
import { store } from '../db';
import { mergePeople, undoMergePeople } from '../db/people-merge';
import { readMergeMoves, type MergeMoves } from '../db/people-merge-preview';
import { possibleDuplicates } from '../domain/person-duplicates';
import { personFromForm, type PersonForm } from '../domain/person-rules';
import { personName } from '../domain/text';
import type { Person } from '../domain/types';
import { m } from '../presentation/i18n';
import { locale } from '../state/locale.svelte';
import { toasts } from '../state/toasts.svelte';
import { openOrganizationId } from './organization';

/** People of the open organization who look like the person typed in the form. */
export async function lookalikesOf(form: PersonForm): Promise<Person[]> {
  const organizationId = openOrganizationId();
  return possibleDuplicates(personFromForm(form, organizationId), await store().persons.ofOrganization(organizationId));
}

export function mergeMoves(personId: string): Promise<MergeMoves> {
  return readMergeMoves(store(), personId);
}

/** Joins `drop` into `keep` and offers to undo it. */
export async function mergeRecords(keep: Person, drop: Person): Promise<void> {
  const merge = await mergePeople(store(), keep.id, drop.id);
  const name = (p: Person): string => personName(p.names, locale.lang);
  toasts.show(m.merge_person_done({ dropped: name(drop), kept: name(merge.kept.after) }), {
    timeoutMs: 60_000,
    action: {
      label: m.people_undo(),
      run: async () => {
        try {
          await undoMergePeople(store(), merge);
          toasts.show(m.merge_person_undone());
        } catch (error) {
          handleError(error);
        }
      },
    },
  });
}
