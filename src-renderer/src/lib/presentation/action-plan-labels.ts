// Words for the Action Plan's enumerations and reports, in the UI language or (for printed
// and exported documents) in the document's language.
import { formatDate } from '../domain/format';
import type { Lang } from '../domain/text';
import { themeName } from '../domain/themes';
import type { ActionStatus, DocumentKind, IsoDate, Theme } from '../domain/types';
import { m } from './i18n';
import type { ReportLabels } from './action-plan-report';
import { locale } from '../state/locale.svelte';

type Options = { locale: Lang } | Record<string, never>;
const opts = (lang?: Lang): Options => (lang ? { locale: lang } : {});

export function itemStatusLabel(status: ActionStatus, lang?: Lang): string {
  const o = opts(lang);
  switch (status) {
    case 'not-started':
      return m.item_status_not_started({}, o);
    case 'in-progress':
      return m.item_status_in_progress({}, o);
    case 'done':
      return m.item_status_done({}, o);
    case 'blocked':
      return m.item_status_blocked({}, o);
    case 'cancelled':
      return m.item_status_cancelled({}, o);
  }
}

/** An item's theme named from the organization's themes; "No theme" for none. */
export function themeLabel(theme: string, themes: readonly Pick<Theme, 'id' | 'name'>[], lang?: Lang): string {
  return themeName(theme, themes, lang ?? locale.lang) || m.item_theme_none({}, opts(lang));
}

export function documentKindName(kind: DocumentKind, lang?: Lang): string {
  const o = opts(lang);
  switch (kind) {
    case 'decision':
      return m.doc_decision({}, o);
    case 'statement':
      return m.doc_statement({}, o);
    case 'declaration':
      return m.doc_declaration({}, o);
    case 'protocol':
      return m.doc_protocol({}, o);
    case 'report':
      return m.doc_report({}, o);
  }
}

/** "In progress → Done". */
export function statusChangeLabel(from: ActionStatus | undefined, to: ActionStatus, lang?: Lang): string {
  return m.item_status_change({ was: from ? itemStatusLabel(from, lang) : '—', now: itemStatusLabel(to, lang) }, opts(lang));
}

const cache = new Map<Lang, ReportLabels>();

/** The report's words in `lang` (made once per language). */
export function reportLabels(lang: Lang): ReportLabels {
  let labels = cache.get(lang);
  if (!labels) {
    labels = makeReportLabels(lang);
    cache.set(lang, labels);
  }
  return labels;
}

function makeReportLabels(lang: Lang): ReportLabels {
  const o = { locale: lang };
  return {
    lang,
    title: m.plan_report_title({}, o),
    summaryHeading: m.plan_report_summary({}, o),
    itemsHeading: m.plan_report_items({}, o),
    columns: {
      number: m.plan_col_number({}, o),
      item: m.plan_col_item({}, o),
      theme: m.plan_col_theme({}, o),
      responsible: m.plan_col_responsible({}, o),
      deadline: m.plan_col_deadline({}, o),
      deadlineSession: m.plan_col_deadline_session({}, o),
      status: m.plan_col_status({}, o),
      progress: m.plan_col_progress({}, o),
      overdue: m.plan_col_overdue({}, o),
      note: m.plan_col_note({}, o),
    },
    total: m.plan_report_total({}, o),
    overdue: m.plan_report_overdue({}, o),
    yes: m.plan_yes({}, o),
    asOf: (date) => m.plan_report_as_of({ date }, o),
    approved: (date, by) => (by ? m.plan_report_approved_by({ date, by }, o) : m.plan_report_approved({ date }, o)),
    status: (status) => itemStatusLabel(status, lang),
    noTheme: m.item_theme_none({}, o),
    date: (date: IsoDate) => formatDate(date, lang),
    bySession: (session, bodies) => m.item_due_session({ bodies, date: formatDate(session.start.slice(0, 10), lang) }, o),
    missingSession: m.item_due_missing_session({}, o),
    change: (from, to) => m.item_status_change({ was: from, now: to }, o),
    pageLabel: m.plan_report_page({ page: '{page}', pages: '{pages}' }, o),
    sheetItems: m.plan_sheet_items({}, o),
    sheetSummary: m.plan_sheet_summary({}, o),
  };
}
