// What a printed document shows in the other language, reported from the document's frame to
// the print view, which names it before printing ("2 fields have no Russian text").
import { getContext, setContext } from 'svelte';
import type { PrintedField } from '$lib/domain/text';

export type PrintField = PrintedField<string>;

export interface FallbackReport {
  /** The fields of the document shown in the other language, with the text shown. */
  set(fields: readonly { label: string; shown: string }[]): void;
}

const KEY = Symbol('print-fallbacks');

export function provideFallbackReport(report: FallbackReport): void {
  setContext(KEY, report);
}

/** The print view's report, where the document is shown in one (not in a test of the document alone). */
export function fallbackReport(): FallbackReport | undefined {
  return getContext<FallbackReport | undefined>(KEY);
}
