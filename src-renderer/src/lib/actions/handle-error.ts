// One place that turns an error into a message the user can act on, in their language.
// Never a stack trace; always logged for the developer.
import { m } from '$lib/presentation/i18n';
import { StaleEditError, ValidationError, NotFoundError } from '../db/errors';
import { BackupError } from '../io/backup-format';
import { ReferenceFileError } from '../io/reference-file-format';
import { IcsUnsafeValueError } from '../io/ics-writer';
import { PlatformError } from '../platform';
import { toasts } from '../state/toasts.svelte';
import { backupErrorMessage } from './backup-messages';
import { fieldLabels } from './field-labels';
import { referenceErrorMessage } from './reference-file-messages';

export function errorMessage(error: unknown): string {
  if (error instanceof StaleEditError) return m.error_stale_edit({ fields: fieldLabels(error.changedFields) });
  if (error instanceof ValidationError) return m.error_validation();
  if (error instanceof NotFoundError) return m.error_not_found();
  if (error instanceof PlatformError && error.code === 'too-large') return m.error_file_too_large();
  if (isQuotaError(error)) return m.error_disk_full();
  if (error instanceof BackupError) return backupErrorMessage(error);
  if (error instanceof ReferenceFileError) return referenceErrorMessage(error);
  if (error instanceof IcsUnsafeValueError) return m.error_ics_unsafe_value({ property: error.property });
  return m.error_unexpected();
}

/**
 * A full disk, however it arrives: IndexedDB's QuotaExceededError itself, or wrapped by Dexie
 * (an AbortError with it as `inner`, a BulkError with it among `failures`) or as a `cause`.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  const failures: unknown[] = Array.isArray(e.failures) ? e.failures : [];
  const wrapped = [e.inner, e.cause, ...failures];
  return wrapped.some((inner) => isQuotaError(inner, depth + 1));
}

export function handleError(error: unknown): void {
  console.error(error);
  toasts.show(errorMessage(error), { kind: 'error' });
}
