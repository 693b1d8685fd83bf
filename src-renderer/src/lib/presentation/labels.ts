// Labels for the model's enumerations, in the UI language.
import { m } from './i18n';
import type { ParticipantRole, SessionKind, SessionStatus, AttendanceState, DocumentKind } from '../domain/types';

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

export function roleLabel(role: ParticipantRole): string {
  return {
    chair: m.role_chair,
    head: m.role_head,
    member: m.role_member,
    guest: m.role_guest,
    observer: m.role_observer,
    expert: m.role_expert,
    secretariat: m.role_secretariat,
  }[role]();
}

export function attendanceLabel(state: AttendanceState): string {
  return { unknown: m.attendance_unknown, present: m.attendance_present, absent: m.attendance_absent, excused: m.attendance_excused }[
    state
  ]();
}

export function documentKindLabel(kind: DocumentKind): string {
  return {
    decision: m.doc_decision,
    statement: m.doc_statement,
    declaration: m.doc_declaration,
    protocol: m.doc_protocol,
    report: m.doc_report,
  }[kind]();
}
