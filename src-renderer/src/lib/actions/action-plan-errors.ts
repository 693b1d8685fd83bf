// The Action Plan's entries in the error registry (handle-error.ts): an outline move that has
// nowhere to go, and the writes of plans and items refused.
import { HierarchyError } from '../domain/action-numbering';
import { TEXT_LIMIT } from '../domain/text-limits';
import { m } from '../presentation/i18n';
import { refusals, rule, type ErrorRule } from './error-registry';

export const planErrors: readonly ErrorRule[] = [
  rule(HierarchyError, (error) => {
    if (error.problem === 'no-previous-sibling') return m.item_error_cannot_indent();
    if (error.problem === 'top-level') return m.item_error_cannot_outdent();
    return m.error_not_found();
  }),
  refusals('actionItems', {
    cycle: () => m.item_error_cycle(),
    'done-needs-100': () => m.item_error_done_needs_100(),
    required: () => m.item_error_title_required(),
    'too-long': () => m.error_too_long({ max: TEXT_LIMIT }),
  }),
  refusals('actionPlans', {
    required: () => m.item_error_title_required(),
    'too-long': () => m.error_too_long({ max: TEXT_LIMIT }),
    'same-chairmanship': () => m.plan_carry_error_same(),
  }),
];
