// Words of the session journal, in the UI language or the document's language.
import type { Lang } from '../domain/text';
import type { JournalEventKind } from '../domain/types';
import { m } from './i18n';

type Options = { locale: Lang } | Record<string, never>;
const opts = (lang?: Lang): Options => (lang ? { locale: lang } : {});

export function journalEventLabel(kind: JournalEventKind, lang?: Lang): string {
  const o = opts(lang);
  switch (kind) {
    case 'opened':
      return m.journal_event_opened({}, o);
    case 'suspended':
      return m.journal_event_suspended({}, o);
    case 'resumed':
      return m.journal_event_resumed({}, o);
    case 'closed':
      return m.journal_event_closed({}, o);
  }
}

/** "2 h 15 min" / "2 ч 15 мин". */
export function minutesText(minutes: number, lang?: Lang): string {
  return m.journal_hours_minutes({ hours: String(Math.floor(minutes / 60)), minutes: String(minutes % 60) }, opts(lang));
}
