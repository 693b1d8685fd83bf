// The rows both floor pages read: the sessions of the year in the address (?year=), by the
// index on their start, as the sessions list does.
import { mount } from 'svelte';
import Floor from './Floor.svelte';

export interface Row {
  id: string;
  title: { en: string };
  start: string;
}

const year = Number(new URLSearchParams(location.search).get('year'));
export const from = `${year}-01-01T00:00:00.000Z`;
export const to = `${year + 1}-01-01T00:00:00.000Z`;

/** Draws the page, then the rows that `read` hands over. */
export function mountFloor(read: (show: (rows: Row[]) => void) => void): void {
  const target = document.getElementById('app');
  if (!target) return;
  const props = $state<{ rows?: Row[] }>({});
  mount(Floor, { target, props });
  read((rows) => (props.rows = rows));
}
