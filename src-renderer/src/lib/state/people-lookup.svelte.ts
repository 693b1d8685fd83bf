// Persons as choices in forms (chair, presenter), sorted by family name.
import { store } from '../db';
import type { Person } from '../domain/types';
import { Live } from './live.svelte';

export function livePersonChoices(): Live<Person[]> {
  return new Live(
    () => async () =>
      (await store().persons.toArray()).sort((a, b) =>
        (a.names.en.family || a.names.ru.family).localeCompare(b.names.en.family || b.names.ru.family),
      ),
    [],
  );
}
