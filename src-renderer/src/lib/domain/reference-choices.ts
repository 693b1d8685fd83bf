// How forms offer an organization's reference rows: a retired state, body or theme is offered
// for nothing new, but a form that already holds one keeps showing it (an old session's body,
// a person's former state), so saving the form never drops it silently. Pure.

/** The rows a form offers: those not retired, and retired ones the form already holds. */
export function offered<T extends { id: string; retired?: boolean }>(rows: readonly T[], chosen: Iterable<string> = []): T[] {
  const kept = new Set(chosen);
  return rows.filter((row) => !row.retired || kept.has(row.id));
}

/** The list with `id` moved one place up (-1) or down (+1); unchanged at either end or when absent. */
export function moved(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/**
 * The state drawn by lot for the protocol order (the UN practice): each candidate equally
 * likely. `random` returns a number in [0, 1), as Math.random does.
 */
export function drawByLot<T>(candidates: readonly T[], random: () => number = Math.random): T | undefined {
  if (!candidates.length) return undefined;
  const index = Math.min(candidates.length - 1, Math.floor(random() * candidates.length));
  return candidates[index];
}
