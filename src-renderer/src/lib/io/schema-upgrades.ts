// The rows of an earlier schema version rewritten for the current one: one pure function per
// version step, used both by the database upgrade (lib/db/migrations/) and by a restore or
// merge of a backup an earlier version wrote, so the two can never disagree. Pure.
import { textByScript } from '../domain/text';
import type { ProtocolOrderRule, Text } from '../domain/types';

export type UpgradeRow = Record<string, unknown>;
export type UpgradeTables = Record<string, UpgradeRow[]>;

const text = (value: unknown): Text => {
  const t = (value ?? {}) as Partial<Text>;
  return { en: typeof t.en === 'string' ? t.en : '', ru: typeof t.ru === 'string' ? t.ru : '' };
};
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The id the example year's organization has in every version from 2 on. */
export const EXAMPLE_ORGANIZATION_ID = 'ex-org-csto';

/** The Action Plan themes version 1 knew, as fixed keys: version 2 makes them the organization's rows. */
export const V1_THEMES: readonly { key: string; name: Text }[] = [
  { key: 'counter-terrorism', name: { en: 'Counter-terrorism', ru: 'Противодействие терроризму' } },
  { key: 'extremism', name: { en: 'Religious extremism', ru: 'Религиозный экстремизм' } },
  { key: 'drug-trafficking', name: { en: 'Drug trafficking', ru: 'Незаконный оборот наркотиков' } },
  { key: 'afghanistan', name: { en: 'Afghanistan', ru: 'Афганистан' } },
  { key: 'weapons-trafficking', name: { en: 'Weapons trafficking', ru: 'Незаконный оборот оружия' } },
  {
    key: 'organized-crime',
    name: { en: 'Organized crime and illegal migration', ru: 'Организованная преступность и незаконная миграция' },
  },
  { key: 'illegal-migration', name: { en: 'Illegal migration', ru: 'Незаконная миграция' } },
  { key: 'cooperation-un', name: { en: 'Cooperation with the UN', ru: 'Сотрудничество с ООН' } },
  { key: 'cooperation-osce', name: { en: 'Cooperation with the OSCE', ru: 'Сотрудничество с ОБСЕ' } },
  { key: 'cooperation-sco-cis', name: { en: 'Cooperation with the SCO and the CIS', ru: 'Сотрудничество с ШОС и СНГ' } },
  { key: 'international-cooperation', name: { en: 'International cooperation', ru: 'Международное сотрудничество' } },
  {
    key: 'military-cooperation',
    name: {
      en: 'Military-political integration and military-technical cooperation',
      ru: 'Военно-политическая интеграция и военно-техническое сотрудничество',
    },
  },
];

const RU = new Intl.Collator('ru', { sensitivity: 'base' });
const KIND_RANK: Record<string, number> = { member: 0, observer: 1, partner: 2, organization: 3 };

/** Who an organization is, for grouping version 1's chairmanships: the acronym, else the name. */
function organizationKey(organization: { name: Text; acronym: Text }): string {
  const a = organization.acronym;
  const n = organization.name;
  return (a.en || a.ru || n.en || n.ru).trim().toLocaleLowerCase('en');
}

/**
 * Version 1 → 2. Version 1 kept one set of states, bodies, people and seats for every
 * chairmanship, and each chairmanship its organization's names. Version 2 gives the
 * reference data to an organization:
 * - one organization per distinct organization of the chairmanships (by acronym, else name);
 *   the example year's keeps the example's fixed id;
 * - the states, bodies, people and seats go to the example's organization if the example
 *   was opened (they came from it), else to the latest chairmanship's; ids unchanged;
 * - every member state sits on every body (version 1's rule) from its membership dates;
 * - the twelve fixed Action Plan themes become that organization's rows, with the fixed keys
 *   as ids, so no Action Plan item changes;
 * - chairmanships run from 1 January to 31 December of their year;
 * - the example's seats, which version 1 left open-ended, end with the example year.
 * Nothing is deleted; rows of tables the step does not name pass through unchanged.
 */
export function upgradeV1toV2(tables: UpgradeTables, now: string): UpgradeTables {
  const meta = { createdAt: now, updatedAt: now, rev: 1 };
  const chairmanships = tables.chairmanships ?? [];
  const organizations: UpgradeRow[] = [];
  const orgOf = new Map<string, string>();
  const byKey = new Map<string, string>();
  const ordered = [...chairmanships].sort((a, b) => Number(b.example ?? 0) - Number(a.example ?? 0) || str(a.id).localeCompare(str(b.id)));
  for (const c of ordered) {
    const raw = (c.organization ?? {}) as { name?: unknown; acronym?: unknown };
    const organization = { name: text(raw.name), acronym: text(raw.acronym) };
    const key = organizationKey(organization);
    let id = byKey.get(key);
    if (!id) {
      id = c.example === 1 ? EXAMPLE_ORGANIZATION_ID : `org-${str(c.id)}`;
      byKey.set(key, id);
      const rule: ProtocolOrderRule = { kind: 'alphabetical', language: 'ru' };
      organizations.push({
        id,
        ...meta,
        name: organization.name,
        short: { en: '', ru: '' },
        acronym: organization.acronym,
        protocolOrder: rule,
      });
    }
    orgOf.set(str(c.id), id);
  }

  const referenceTables = ['parties', 'bodies', 'persons', 'appointments'];
  const hasReference = referenceTables.some((t) => (tables[t] ?? []).length > 0);
  const example = chairmanships.find((c) => c.example === 1);
  const latest = [...chairmanships].sort((a, b) => Number(b.year ?? 0) - Number(a.year ?? 0))[0];
  let owner = example ? orgOf.get(str(example.id)) : latest ? orgOf.get(str(latest.id)) : undefined;
  if (!owner && hasReference) {
    owner = 'org-default';
    organizations.push({
      id: owner,
      ...meta,
      name: { en: 'Organization', ru: 'Организация' },
      short: { en: '', ru: '' },
      acronym: { en: '', ru: '' },
      protocolOrder: { kind: 'alphabetical', language: 'ru' },
    });
  }
  const organizationId = owner ?? '';

  const parties = [...(tables.parties ?? [])]
    .sort(
      (a, b) =>
        (KIND_RANK[str(a.kind)] ?? 9) - (KIND_RANK[str(b.kind)] ?? 9) ||
        RU.compare(text(a.short).ru || text(a.name).ru, text(b.short).ru || text(b.name).ru) ||
        str(a.id).localeCompare(str(b.id)),
    )
    .map((p, position): UpgradeRow => ({ ...p, organizationId, position }));
  const members = parties.filter((p) => p.kind === 'member');
  const seats = members.map((p) => ({
    partyId: str(p.id),
    ...(typeof p.memberSince === 'string' ? { from: p.memberSince } : {}),
    ...(typeof p.memberUntil === 'string' ? { to: p.memberUntil } : {}),
  }));
  const bodies = (tables.bodies ?? []).map((b, position) => ({ ...b, organizationId, seats, position }));

  const exampleYear = example ? Number(example.year) : undefined;
  const appointments = (tables.appointments ?? []).map((a) => {
    const endsWithExample = exampleYear !== undefined && str(a.id).startsWith('ex-appt-') && a.to === undefined;
    return { ...a, organizationId, ...(endsWithExample ? { to: `${exampleYear}-12-31` } : {}) };
  });

  const usesThemes = (tables.actionItems ?? []).some((i) => V1_THEMES.some((t) => t.key === i.theme));
  const themes =
    owner && (usesThemes || example)
      ? V1_THEMES.map((t, position) => ({ id: t.key, ...meta, organizationId: owner, name: t.name, position }))
      : [];

  return {
    ...tables,
    organizations: [...(tables.organizations ?? []), ...organizations],
    themes: [...(tables.themes ?? []), ...themes],
    tombstones: tables.tombstones ?? [],
    chairmanships: chairmanships.map((c) => {
      const { organization: _organization, ...rest } = c;
      const year = Number(c.year);
      return { ...rest, organizationId: orgOf.get(str(c.id)) ?? '', firstDay: `${year}-01-01`, lastDay: `${year}-12-31` };
    }),
    parties,
    bodies,
    persons: (tables.persons ?? []).map((p) => ({ ...p, organizationId })),
    appointments,
  };
}

/** A version-2 string made bilingual by its script; a value already bilingual is kept. */
function bilingual(value: unknown): Text | undefined {
  if (typeof value === 'string') return textByScript(value);
  if (value !== null && typeof value === 'object') return text(value);
  return undefined;
}

/** The row with each named field made bilingual; a field the row lacks, or holds no text in, is absent. */
function withBilingual(row: UpgradeRow, fields: readonly string[]): UpgradeRow {
  return Object.fromEntries(
    Object.entries(row).flatMap(([key, value]): [string, unknown][] => {
      if (!fields.includes(key)) return [[key, value]];
      const made = bilingual(value);
      return made ? [[key, made]] : [];
    }),
  );
}

/**
 * Version 2 to 3: the tables of the meeting's paperwork begin empty (seating plans and
 * journals); outcome documents without a status read as adopted when they have a date.
 * The free text printed in documents becomes bilingual: a venue's place, a session's and
 * an agenda item's notes, the reason for a substitution and an Action Plan progress note.
 * Each old string goes to the language of its script (textByScript), the other left empty.
 */
export function upgradeV2toV3(tables: UpgradeTables): UpgradeTables {
  const rewrite = (table: string, fields: readonly string[]): UpgradeRow[] | undefined =>
    tables[table]?.map((row) => withBilingual(row, fields));
  const sessions = tables.sessions?.map((row) => {
    const out = withBilingual(row, ['notes']);
    const venue = row.venue;
    if (venue !== null && typeof venue === 'object') out.venue = withBilingual(venue as UpgradeRow, ['place']);
    return out;
  });
  const upgraded: UpgradeTables = { ...tables, seatingPlans: tables.seatingPlans ?? [], journals: tables.journals ?? [] };
  if (sessions) upgraded.sessions = sessions;
  const agendaItems = rewrite('agendaItems', ['notes']);
  if (agendaItems) upgraded.agendaItems = agendaItems;
  const participants = rewrite('participants', ['substituteReason']);
  if (participants) upgraded.participants = participants;
  const actionUpdates = rewrite('actionUpdates', ['text']);
  if (actionUpdates) upgraded.actionUpdates = actionUpdates;
  return upgraded;
}

/** Each step from one version to the next, by the version it upgrades from. */
const STEPS: Record<number, (tables: UpgradeTables, now: string) => UpgradeTables> = { 1: upgradeV1toV2, 2: upgradeV2toV3 };

/** Rows written by schema version `from`, rewritten for version `to`. */
export function upgradeTables(tables: UpgradeTables, from: number, to: number, now: string): UpgradeTables {
  let result = tables;
  for (let version = from; version < to; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`no upgrade from schema version ${version}`);
    result = step(result, now);
  }
  return result;
}
