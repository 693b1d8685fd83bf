// Which fields a refused write names, for a form to mark them and say why beside each (a
// refusal shown as a toast goes through the error registry, handle-error.ts).
import { ValidationError } from '../db/errors';
import type { Appointment } from '../domain/types';

export interface RefusedField {
  field: string;
  code: string;
  /** Which row of a list (a body's seats), 0-based. */
  index?: number;
  /** With `overlap`: the seat holder's term it overlaps. */
  other?: Pick<Appointment, 'personId' | 'from' | 'to'>;
}

function overlapped(e: object): Pick<RefusedField, 'other'> {
  if (!('other' in e) || typeof e.other !== 'object' || e.other === null) return {};
  const o = e.other;
  if (!('personId' in o) || !('from' in o) || typeof o.personId !== 'string' || typeof o.from !== 'string') return {};
  const to = 'to' in o && typeof o.to === 'string' ? { to: o.to } : {};
  return { other: { personId: o.personId, from: o.from, ...to } };
}

/** The field errors of a refused write; null for any other error. */
export function fieldErrors(error: unknown): RefusedField[] | null {
  if (!(error instanceof ValidationError)) return null;
  const errors: unknown[] = error.errors;
  return errors.flatMap((e) =>
    typeof e === 'object' && e !== null && 'field' in e && 'code' in e && typeof e.field === 'string' && typeof e.code === 'string'
      ? [{ field: e.field, code: e.code, ...('index' in e && typeof e.index === 'number' ? { index: e.index } : {}), ...overlapped(e) }]
      : [],
  );
}
