// The words of the reference-data workbook in both languages (its sheets, headers, kinds,
// levels, yes and no), for the pure workbook writer and reader in lib/io.
import type { Lang, Text } from '../domain/types';
import { m } from '../presentation/i18n';
import type { ColumnKey, ReferenceXlsxLabels, SheetKey } from '../io/reference-xlsx-columns';

type Message = (inputs: Record<string, never>, options: { locale: Lang }) => string;

const both = (message: Message): Text => ({ en: message({}, { locale: 'en' }), ru: message({}, { locale: 'ru' }) });

const SHEETS: Record<SheetKey, Message> = {
  organization: m.ref_sheet_organization,
  parties: m.ref_sheet_parties,
  bodies: m.ref_sheet_bodies,
  bodySeats: m.ref_sheet_body_seats,
  formerNames: m.ref_sheet_former_names,
  persons: m.ref_sheet_persons,
  appointments: m.ref_sheet_appointments,
  themes: m.ref_sheet_themes,
};

const COLUMNS: Record<ColumnKey, Message> = {
  id: m.ref_col_id,
  nameEn: m.ref_col_name_en,
  nameRu: m.ref_col_name_ru,
  shortEn: m.ref_col_short_en,
  shortRu: m.ref_col_short_ru,
  acronymEn: m.ref_col_acronym_en,
  acronymRu: m.ref_col_acronym_ru,
  protocolOrder: m.ref_col_protocol_order,
  drawnState: m.ref_col_drawn_state,
  kind: m.ref_col_kind,
  iso2: m.ref_col_iso2,
  capitalEn: m.ref_col_capital_en,
  capitalRu: m.ref_col_capital_ru,
  timeZone: m.ref_col_time_zone,
  memberSince: m.ref_col_member_since,
  memberUntil: m.ref_col_member_until,
  retired: m.ref_col_retired,
  level: m.ref_col_level,
  seatTitleEn: m.ref_col_seat_title_en,
  seatTitleRu: m.ref_col_seat_title_ru,
  decisionRule: m.ref_col_decision_rule,
  quorum: m.ref_col_quorum,
  chairState: m.ref_col_chair_state,
  body: m.ref_col_body,
  state: m.people_field_party,
  from: m.ref_col_from,
  to: m.ref_col_to,
  titleEn: m.ref_col_title_en,
  titleRu: m.ref_col_title_ru,
  until: m.ref_col_until,
  familyEn: m.people_field_family_en,
  givenEn: m.people_field_given_en,
  familyRu: m.people_field_family_ru,
  givenRu: m.people_field_given_ru,
  honorificEn: m.people_field_honorific_en,
  honorificRu: m.people_field_honorific_ru,
  positionEn: m.people_field_position_en,
  positionRu: m.people_field_position_ru,
  email: m.people_field_email,
  phone: m.people_field_phone,
  notes: m.people_field_notes,
  person: m.ref_col_person,
  acting: m.ref_col_acting,
};

const map = <K extends string>(messages: Record<K, Message>): Record<K, Text> =>
  // The keys are exactly those of `messages`; fromEntries cannot say so.
  Object.fromEntries(Object.entries<Message>(messages).map(([k, message]) => [k, both(message)])) as Record<K, Text>;

export function referenceXlsxLabels(): ReferenceXlsxLabels {
  return {
    sheets: map(SHEETS),
    columns: map(COLUMNS),
    values: {
      kind: map({
        member: m.ref_kind_member,
        observer: m.ref_kind_observer,
        partner: m.ref_kind_partner,
        organization: m.ref_kind_organization,
      }),
      level: map({
        'heads-of-state': m.ref_level_heads_of_state,
        ministers: m.ref_level_ministers,
        secretaries: m.ref_level_secretaries,
        permanent: m.ref_level_permanent,
        parliamentary: m.ref_level_parliamentary,
        experts: m.ref_level_experts,
      }),
      decisionRule: map({ consensus: m.ref_rule_consensus, quorum: m.ref_rule_quorum }),
      protocolOrder: map({
        'alphabetical-ru': m.ref_order_alphabetical_ru,
        'alphabetical-en': m.ref_order_alphabetical_en,
        fixed: m.ref_order_fixed,
      }),
    },
    yes: both(m.ref_yes),
    no: both(m.ref_no),
  };
}
