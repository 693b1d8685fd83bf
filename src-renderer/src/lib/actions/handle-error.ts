// One place that turns an error into a message the user can act on, in their language: the
// registry of every feature's errors, keyed by error type (and, for a refused write, by the
// table and code), first match wins. Never a stack trace; always logged for the developer.
import { m } from '$lib/presentation/i18n';
import { StaleEditError, ValidationError, NotFoundError } from '../db/errors';
import { IcsUnsafeValueError } from '../io/ics-writer';
import { PlatformError } from '../platform';
import { toasts } from '../state/toasts.svelte';
import { planErrors } from './action-plan-errors';
import { backupErrors } from '../backup/actions/messages';
import { rule, resolveMessage, type ErrorRule } from './error-registry';
import { fieldLabels } from './field-labels';
import { peopleErrors } from './people-errors';
import { referenceErrors } from './reference-errors';
import { referenceFileErrors } from './reference-file-messages';

/** What any feature's errors read as when the feature has no words of its own for them. */
const GENERAL: readonly ErrorRule[] = [
  rule(StaleEditError, (error) => m.error_stale_edit({ fields: fieldLabels(error.changedFields) })),
  rule(ValidationError, () => m.error_validation()),
  rule(NotFoundError, () => m.error_not_found()),
  rule(PlatformError, (error) => (error.code === 'too-large' ? m.error_file_too_large() : undefined)),
  rule(Object, (error) => (isQuotaError(error) ? m.error_disk_full() : undefined)),
  rule(IcsUnsafeValueError, (error) => m.error_ics_unsafe_value({ property: error.property })),
];

/** Every error the app has words for: the features' own first, then the general ones. */
const ERRORS: readonly ErrorRule[] = [
  ...peopleErrors,
  ...planErrors,
  ...referenceErrors,
  ...backupErrors,
  ...referenceFileErrors,
  ...GENERAL,
];

export function errorMessage(error: unknown): string {
  return resolveMessage(ERRORS, error, () => m.error_unexpected());
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
