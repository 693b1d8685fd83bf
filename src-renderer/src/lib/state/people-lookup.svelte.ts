// Persons as choices in forms (chair, presenter): the open
// chairmanship's organization's (another organization's people are no choice here).
// Forms show them in the UI language's alphabetical order (domain/collation byPersonName).
import { store } from '../db';
import type { Person } from '../domain/types';
import { app } from './app.svelte';
import { Live } from './live.svelte';

export function livePersonChoices(): Live<Person[]> {
  return new Live(() => {
    const organizationId = app.organizationId;
    return async () =>
      (organizationId ? await store().persons.ofOrganization(organizationId) : await store().persons.toArray()).sort((a, b) =>
        (a.names.en.family || a.names.ru.family).localeCompare(b.names.en.family || b.names.ru.family),
      );
  }, []);
}
