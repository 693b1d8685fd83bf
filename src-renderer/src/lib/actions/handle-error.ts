// One place that turns an error into a message the user can act on, in their language.
// Never a stack trace; always logged for the developer.
import { m } from '$lib/i18n';
import { StaleEditError, ValidationError, NotFoundError } from '../db/errors';
import { PlatformError } from '../platform';
import { toasts } from '../state/toasts.svelte';

export function errorMessage(error: unknown): string {
  if (error instanceof StaleEditError) return m.error_stale_edit({ fields: error.changedFields.join(', ') || '—' });
  if (error instanceof ValidationError) return m.error_validation();
  if (error instanceof NotFoundError) return m.error_not_found();
  if (error instanceof PlatformError && error.code === 'too-large') return m.error_file_too_large();
  if (isQuotaError(error)) return m.error_disk_full();
  return m.error_unexpected();
}

export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

export function handleError(error: unknown): void {
  console.error(error);
  toasts.show(errorMessage(error), { kind: 'error' });
}
