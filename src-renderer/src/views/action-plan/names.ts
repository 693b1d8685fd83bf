// Names of what items refer to, in the UI language.
import { reportLabels } from '$lib/presentation/action-plan-labels';
import { effectiveDue } from '$lib/domain/deadlines';
import { formatDate } from '$lib/domain/format';
import { personName, pickText, type Lang } from '$lib/domain/text';
import type { ActionItem, Session } from '$lib/domain/types';
import { bodiesOf, deadlineText } from '$lib/presentation/action-plan-report';
import type { PlanLookups } from '$lib/state/action-plan.svelte';
import { routeHref } from '$lib/state/routes';

/** A responsible key (`body:…`, `party:…`, `person:…`) as a name. */
export function responsibleName(key: string, lookups: PlanLookups, lang: Lang): string {
  const [kind, id = ''] = key.split(':');
  if (kind === 'body') return pickText(lookups.bodies.get(id)?.acronym, lang) || id;
  if (kind === 'party') return pickText(lookups.parties.get(id)?.short, lang) || id;
  const person = lookups.persons.get(id);
  return person ? personName(person.names, lang) : id;
}

/** "14 September 2015" or "by the CFM+CDM+CSSC session (14 September 2015)"; '' without a deadline. */
export function dueText(item: Pick<ActionItem, 'dueDate' | 'dueSessionId'>, lookups: PlanLookups, lang: Lang): string {
  return deadlineText(effectiveDue(item, lookups.sessions), lookups, reportLabels(lang));
}

/** "CFM+CDM+CSSC, 14 September 2015": a session named the way the secretariat speaks of it. */
export function sessionName(session: Session, lookups: Pick<PlanLookups, 'bodies'>, lang: Lang): string {
  const bodies = bodiesOf(session, lookups, lang);
  const date = formatDate(session.start.slice(0, 10), lang);
  return bodies ? `${bodies}, ${date}` : date;
}

export function itemHref(item: Pick<ActionItem, 'id' | 'planId'>, view?: 'board'): string {
  return routeHref({ name: 'action-plan', query: { plan: item.planId, ...(view ? { view } : {}), item: item.id } });
}
