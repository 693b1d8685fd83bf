// Starting, opening and switching chairmanships, and editing the open one's organization.
import type { ChairmanshipDraft, OrganizationDraft } from '../domain/chairmanship-rules';
import type { Chairmanship, Organization, ProtocolOrderRule } from '../domain/types';
import { store } from '../db';
import {
  saveChairmanship,
  saveOrganization,
  startChairmanship as start,
  startNextChairmanship as startNext,
  type ChairmanshipPatch,
  type NextChairmanshipDraft,
} from '../db/reference-writes';
import { SettingKey } from '../db/settings';
import { app } from '../state/app.svelte';

export async function openExampleYear(): Promise<void> {
  // The example year is data only a first run needs: loaded when asked for.
  const { loadExampleYear } = await import('../example/load');
  const { chairmanshipId } = await loadExampleYear(store());
  await switchChairmanship(chairmanshipId);
}

/** Starts a chairmanship (and its organization, if new) and opens it. */
export async function startChairmanship(draft: ChairmanshipDraft): Promise<void> {
  const { chairmanship } = await start(store(), draft);
  await switchChairmanship(chairmanship.id);
}

/** Starts the next chairmanship of the open one's organization, with the seats confirmed to continue, and opens it. */
export async function startNextChairmanship(
  previous: Chairmanship,
  draft: NextChairmanshipDraft,
  confirmed: readonly string[],
): Promise<void> {
  const next = await startNext(store(), previous, draft, confirmed);
  await switchChairmanship(next.id);
}

/** Opens a chairmanship: the screens follow it and its organization, and the next start reopens it. */
export async function switchChairmanship(id: string): Promise<void> {
  const chairmanship = await store().chairmanships.get(id);
  await store().settings.set(SettingKey.currentChairmanship, id);
  openChairmanship(chairmanship ?? null);
}

/** Makes `chairmanship` the one the app shows (no write). */
export function openChairmanship(chairmanship: Pick<Chairmanship, 'id' | 'organizationId'> | null): void {
  app.chairmanshipId = chairmanship?.id ?? null;
  app.organizationId = chairmanship?.organizationId ?? null;
}

export function editOrganization(
  base: Organization,
  draft: OrganizationDraft & { protocolOrder: ProtocolOrderRule },
): Promise<Organization> {
  return saveOrganization(store(), base, draft);
}

export function editChairmanship(base: Chairmanship, patch: ChairmanshipPatch): Promise<Chairmanship> {
  return saveChairmanship(store(), base, patch);
}
