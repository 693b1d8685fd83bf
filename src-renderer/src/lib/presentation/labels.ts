// Labels for the model's enumerations, in the UI language.
import { m } from './i18n';
import type { SessionKind, SessionStatus } from '../domain/types';

type Locale = 'en' | 'ru';

export function sessionStatusLabel(status: SessionStatus, locale?: Locale): string {
  return {
    draft: m.status_draft,
    planned: m.status_planned,
    confirmed: m.status_confirmed,
    held: m.status_held,
    postponed: m.status_postponed,
    cancelled: m.status_cancelled,
  }[status]({}, locale ? { locale } : {});
}

export function sessionKindLabel(kind: SessionKind, locale?: Locale): string {
  return { regular: m.kind_regular, extraordinary: m.kind_extraordinary, informal: m.kind_informal, joint: m.kind_joint }[kind](
    {},
    locale ? { locale } : {},
  );
}
