// Use cases of the Action Plan: writes through the repositories, with the toasts (and Undo)
// and the notes' words in the UI language; exports through the platform.
import { documentKindName, reportLabels } from '../presentation/action-plan-labels';
import { store } from '../db';
import { readPlanView } from '../db/action-plan-read-models';
import type { ItemInput, NoteInput, Placement, PlanInput, Shift } from '../db/action-plan';
import type { DocumentInput } from '../db/documents';
import { ValidationError } from '../db/errors';
import { joinsAfterApproval, type NoteDayProblem } from '../domain/progress-notes';
import { inBoth, pickText, type Lang } from '../domain/text';
import { todayIn } from '../domain/time';
import type { ActionItem, ActionPlan, ActionStatus, Chairmanship, IsoDate, Text } from '../domain/types';
import { m } from '../presentation/i18n';
import { buildStatusReport, statusReportDocx, statusReportSheets } from '../presentation/action-plan-report';
import { toasts } from '../state/toasts.svelte';
import { handleError } from './handle-error';
import { fieldErrors } from './refused-fields';
import { fileSlug, saveExport, type FallbackTally } from './files';
import { fallbackCount, statusReportFields } from '../presentation/fallback-fields';
import { writeDocx, writeXlsx } from './documents';

export type { ItemInput, NoteInput, Placement, PlanInput, Shift } from '../db/action-plan';

/** Why the day a progress note took effect was refused, if it was. */
export function refusedDay(error: unknown): NoteDayProblem | undefined {
  const code = fieldErrors(error)?.find((e) => e.field === 'on')?.code;
  return code === 'after-today' || code === 'before-start' || code === 'invalid' ? code : undefined;
}

export function createPlan(chairmanshipId: string, input: PlanInput): Promise<ActionPlan> {
  return store().actionPlans.create(chairmanshipId, input);
}

export function editPlan(base: ActionPlan, patch: Partial<PlanInput>): Promise<ActionPlan> {
  return store().actionPlans.edit(base, patch);
}

/** A new item; one added after the plan's approval records the day it joined (for the burn-down). */
export function addItem(plan: ActionPlan, input: ItemInput, placement: Placement, today: IsoDate, zone: string): Promise<ActionItem> {
  const joinedLater = joinsAfterApproval(plan, today, zone);
  return store().actionItems.create(plan.id, input, placement, joinedLater ? { addedOn: today } : {});
}

export function saveItem(
  base: ActionItem,
  patch: Partial<ItemInput> & { parentId?: string | null },
  note?: NoteInput,
): Promise<ActionItem> {
  return store().actionItems.edit(base, patch, note);
}

export function changeStatus(
  base: ActionItem,
  status: ActionStatus,
  options: { progress?: number; note?: NoteInput } = {},
): Promise<ActionItem> {
  return store().actionItems.changeStatus(base, status, options);
}

export function addNote(base: ActionItem, note: NoteInput): Promise<ActionItem> {
  return store().actionItems.addNote(base, note);
}

export function moveItem(base: ActionItem, placement: Placement): Promise<ActionItem> {
  return store().actionItems.move(base, placement);
}

export function shiftItem(base: ActionItem, how: Shift): Promise<ActionItem> {
  return store().actionItems.shift(base, how);
}

/** Deletes an item with its sub-items and notes; the toast offers Undo. */
export async function deleteItem(base: ActionItem): Promise<void> {
  const removed = await store().actionItems.removeSubtree(base);
  const below = removed.items.length - 1;
  toasts.show(below ? m.item_deleted_with_children({ number: base.number, count: below }) : m.item_deleted({ number: base.number }), {
    timeoutMs: 10_000,
    action: {
      label: m.item_undo(),
      run: async () => {
        try {
          await store().actionItems.restore(removed);
          toasts.show(m.item_restored({ number: base.number }));
        } catch (error) {
          handleError(error);
        }
      },
    },
  });
}

export interface OutcomeLinks {
  itemIds: string[];
  markDone: boolean;
}

/** Records an outcome document; its linked items get a note (and are marked done if asked). */
export async function recordOutcome(input: DocumentInput, links: OutcomeLinks): Promise<number> {
  const noteText = inBoth((lang) =>
    m.outcome_note({ kind: documentKindName(input.kind, lang), title: pickText(input.title, lang) }, { locale: lang }),
  );
  const { closed } = await store().documents.record(input, { ...links, noteText });
  toasts.show(closed.length ? m.outcome_recorded_closed({ count: closed.length }) : m.outcome_recorded());
  return closed.length;
}

export interface CarryRequest {
  source: ActionPlan;
  sourceChairmanship: Chairmanship;
  target: { planId: string } | { chairmanshipId: string; plan: PlanInput };
  targetLabel: Text;
}

// The notes a carry-forward writes are written in both languages, for the report in either.
export async function carryForward(request: CarryRequest, today: IsoDate): Promise<{ plan: ActionPlan; copied: number }> {
  const year = request.sourceChairmanship.year;

  const result = await store().actionPlans.carryForward(request.source.id, request.target, {
    today,
    noteOnCopy: (original) =>
      inBoth((lang) =>
        m.plan_carry_note_copy({ number: original.number, plan: pickText(request.source.title, lang), year }, { locale: lang }),
      ),
    noteOnOriginal: (number) =>
      inBoth((lang) => m.plan_carry_note_original({ plan: pickText(request.targetLabel, lang), number }, { locale: lang })),
  });
  toasts.show(m.plan_carried({ count: result.copied }));
  return result;
}

async function statusReport(
  planId: string,
  lang: Lang,
): Promise<{
  name: string;
  report: ReturnType<typeof buildStatusReport>;
  letterhead: string[];
  fallbacks: (withLetterhead: boolean) => FallbackTally;
}> {
  const view = await readPlanView(store(), planId);
  if (!view) throw new ValidationError('actionPlans', [{ field: 'plan', code: 'not-found' }]);
  const chairmanship = view.chairmanship;
  const zone = chairmanship?.homeTimeZone ?? 'UTC';
  const report = buildStatusReport(view, { today: todayIn(zone), zone }, reportLabels(lang));
  const letterhead = chairmanship
    ? [
        pickText(chairmanship.organization.name, lang),
        m.chairmanship_of({ state: pickText(chairmanship.chairState, lang), year: chairmanship.year }, { locale: lang }),
      ]
    : [];
  const name = `${fileSlug(m.plan_report_title({}, { locale: lang }))}-${chairmanship?.year ?? ''}`;
  // The Word file has the letterhead, the spreadsheet not.
  const fallbacks = (withLetterhead: boolean): FallbackTally => ({
    lang,
    count: fallbackCount(withLetterhead ? chairmanship : undefined, statusReportFields(view), lang),
  });
  return { name, report, letterhead, fallbacks };
}

export async function exportStatusReportXlsx(planId: string, lang: Lang): Promise<void> {
  const { name, report, fallbacks } = await statusReport(planId, lang);
  await saveExport(`${name}.xlsx`, 'xlsx', await writeXlsx(statusReportSheets(report, reportLabels(lang))), fallbacks(false));
}

export async function exportStatusReportDocx(planId: string, lang: Lang): Promise<void> {
  const { name, report, letterhead, fallbacks } = await statusReport(planId, lang);
  await saveExport(`${name}.docx`, 'docx', await writeDocx(statusReportDocx(report, reportLabels(lang), letterhead)), fallbacks(true));
}
