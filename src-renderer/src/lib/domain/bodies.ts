// Bodies as history knows them. A body renamed mid-year keeps its former names with the day
// each ended: a session shows the body under the name it bore on the session's date, so the
// programme of a session held before the rename reads as it did then. Pure.
import type { Body, IsoDate } from './types';

/** The body under the name and acronym it bore on `date` (itself when that is its current name). */
export function bodyAsOn<B extends Pick<Body, 'name' | 'acronym' | 'formerNames'>>(body: B, date: IsoDate): B {
  const former = (body.formerNames ?? []).filter((f) => date <= f.until).sort((a, b) => a.until.localeCompare(b.until))[0];
  return former ? { ...body, name: former.name, acronym: former.acronym } : body;
}

/** A session's bodies in the session's order, as named on its date. */
export function sessionBodies<B extends Pick<Body, 'id' | 'name' | 'acronym' | 'formerNames'>>(
  bodyIds: readonly string[],
  byId: ReadonlyMap<string, B>,
  date: IsoDate,
): B[] {
  return bodyIds.flatMap((id) => {
    const body = byId.get(id);
    return body ? [bodyAsOn(body, date)] : [];
  });
}
