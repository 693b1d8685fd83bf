// The chairmanship rules' error codes (domain/chairmanship-rules.ts) in the UI language.
import { NAME_LIMIT, YEAR_RANGE } from '$lib/domain/chairmanship-rules';
import { m } from '$lib/presentation/i18n';

export function chairmanshipErrorText(code: string): string {
  switch (code) {
    case 'required':
      return m.error_required();
    case 'year-range':
      return m.error_year_range({ min: YEAR_RANGE.min, max: YEAR_RANGE.max });
    case 'unknown-zone':
      return m.error_unknown_zone();
    case 'too-long':
      return m.error_too_long({ max: NAME_LIMIT });
    case 'end-before-start':
      return m.error_last_day_before_first();
    case 'span':
      return m.error_chairmanship_span();
    case 'overlap':
      return m.org_next_error_overlap();
    default:
      return m.error_date_invalid();
  }
}
