// Messages for the errors of the people and participants features; anything else falls
// back to the app's general handler.
import { ValidationError } from '../db/errors';
import { m } from '../presentation/i18n';
import { ImportError } from '../io/import-error';
import { toasts } from '../state/toasts.svelte';
import { errorMessage } from './handle-error';

function importMessage(error: ImportError): string {
  switch (error.code) {
    case 'empty':
      return m.people_import_error_empty();
    case 'not-text':
    case 'not-xlsx':
      return m.people_import_error_format();
    case 'unreadable':
      return m.people_import_error_quotes({ row: error.row ?? 1 });
    case 'too-large':
      return m.people_import_error_too_large();
    case 'too-many-rows':
      return m.people_import_error_too_many_rows();
    case 'too-many-columns':
      return m.people_import_error_too_many_columns();
    default:
      return m.people_import_error_format();
  }
}

/** The field errors of a refused write, typed; null for any other error. */
export function fieldErrors(error: unknown): { field: string; code: string }[] | null {
  if (!(error instanceof ValidationError)) return null;
  const errors: unknown[] = error.errors;
  return errors.flatMap((e) =>
    typeof e === 'object' && e !== null && 'field' in e && 'code' in e && typeof e.field === 'string' && typeof e.code === 'string'
      ? [{ field: e.field, code: e.code }]
      : [],
  );
}

export function peopleErrorMessage(error: unknown): string {
  if (error instanceof ImportError) return importMessage(error);
  const errors = fieldErrors(error);
  if (errors) {
    const codes = errors.map((e) => e.code);
    if (codes.includes('duplicate')) return m.participants_error_duplicate();
    if (codes.includes('reason-required')) return m.participants_error_reason_required();
    if (codes.includes('same-person')) return m.participants_error_same_person();
    if (codes.includes('in-use')) return m.people_error_in_use();
  }
  return errorMessage(error);
}

export function handlePeopleError(error: unknown): void {
  console.error(error);
  toasts.show(peopleErrorMessage(error), { kind: 'error' });
}
