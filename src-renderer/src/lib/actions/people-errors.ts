// The people and participants features' entries in the error registry (handle-error.ts): an
// import refused, and the writes of persons and session lists refused.
import { m } from '../presentation/i18n';
import { ImportError } from '../io/import-error';
import { refusals, rule, type ErrorRule } from './error-registry';

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

export const peopleErrors: readonly ErrorRule[] = [
  rule(ImportError, importMessage),
  refusals('participants', {
    duplicate: () => m.participants_error_duplicate(),
    'reason-required': () => m.participants_error_reason_required(),
    'same-person': () => m.participants_error_same_person(),
  }),
  refusals('persons', {
    'same-person': () => m.participants_error_same_person(),
    'in-use': () => m.people_error_in_use(),
  }),
];
