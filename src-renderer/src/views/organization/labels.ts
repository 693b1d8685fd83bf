// Words of the organization screens for the model's enumerations, in the UI language.
import type { SeatDoubt } from '$lib/domain/seat-review';
import type { BodyLevel, DecisionRule, PartyKind, ProtocolOrderRule } from '$lib/domain/types';
import { m } from '$lib/presentation/i18n';

export function partyKindName(kind: PartyKind): string {
  return { member: m.org_kind_member, observer: m.org_kind_observer, partner: m.org_kind_partner, organization: m.org_kind_organization }[
    kind
  ]();
}

export function bodyLevelName(level: BodyLevel): string {
  return {
    'heads-of-state': m.org_level_heads_of_state,
    ministers: m.org_level_ministers,
    secretaries: m.org_level_secretaries,
    permanent: m.org_level_permanent,
    parliamentary: m.org_level_parliamentary,
    experts: m.org_level_experts,
  }[level]();
}

export function decisionRuleName(rule: DecisionRule, quorum?: number): string {
  return rule === 'consensus' ? m.org_rule_consensus() : m.org_rule_quorum_of({ quorum: quorum ?? 0 });
}

/** The protocol-order rule in a few words ("alphabetical in Russian"). */
export function protocolRuleName(rule: ProtocolOrderRule): string {
  if (rule.kind === 'fixed') return m.org_order_fixed();
  if (rule.startPartyId) return rule.language === 'ru' ? m.org_order_lot_ru() : m.org_order_lot_en();
  return rule.language === 'ru' ? m.org_order_ru() : m.org_order_en();
}

export function doubtName(doubt: SeatDoubt): string {
  return { ended: m.org_doubt_ended, 'long-held': m.org_doubt_long_held, 'no-record': m.org_doubt_no_record }[doubt]();
}
