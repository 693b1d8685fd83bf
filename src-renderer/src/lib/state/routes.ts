// The app's screens as hash routes (`#/sessions/ex-session-…?tab=agenda`). Pure, so it is
// tested alone. Every screen reads its own options from `query`.

export const PRINT_KINDS = [
  'year-programme',
  'session-programme',
  'participants',
  'attendance-sheet',
  'action-plan-report',
  'seating-plan',
  'badges',
  'table-cards',
  'session-journal',
  'outcome-compilation',
] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export type Route = (
  | { name: 'sessions' }
  | { name: 'session'; id: string }
  | { name: 'schedule' }
  | { name: 'people' }
  | { name: 'person'; id: string }
  | { name: 'organization' }
  | { name: 'check-in'; id: string }
  | { name: 'action-plan' }
  | { name: 'decisions' }
  | { name: 'reports' }
  | { name: 'settings' }
  | { name: 'welcome' }
  | { name: 'print'; kind: PrintKind; id?: string }
) & { query?: Record<string, string> };

export type RouteName = Route['name'];

const SIMPLE = ['sessions', 'schedule', 'people', 'organization', 'action-plan', 'decisions', 'reports', 'settings', 'welcome'] as const;

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#?\/?/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decode);
  if (parts.some((p) => p === null)) return { name: 'sessions' };
  const [head, id, sub] = parts as string[];
  const query = Object.fromEntries(new URLSearchParams(search));
  const withQuery = <R extends Route>(route: R): R => (Object.keys(query).length ? { ...route, query } : route);

  if (head === 'sessions' && id) return withQuery({ name: 'session', id });
  if (head === 'people' && id) return withQuery({ name: 'person', id });
  if (head === 'check-in' && id) return withQuery({ name: 'check-in', id });
  if (head === 'print') {
    const kind = PRINT_KINDS.find((k) => k === id);
    return kind ? withQuery(sub ? { name: 'print', kind, id: sub } : { name: 'print', kind }) : { name: 'sessions' };
  }
  const simple = SIMPLE.find((s) => s === head);
  return simple ? withQuery({ name: simple }) : { name: 'sessions' };
}

export function routeHref(route: Route): string {
  const enc = encodeURIComponent;
  const path = (() => {
    switch (route.name) {
      case 'session':
        return `sessions/${enc(route.id)}`;
      case 'person':
        return `people/${enc(route.id)}`;
      case 'check-in':
        return `check-in/${enc(route.id)}`;
      case 'print':
        return route.id ? `print/${route.kind}/${enc(route.id)}` : `print/${route.kind}`;
      default:
        return route.name;
    }
  })();
  const search = route.query && Object.keys(route.query).length ? `?${new URLSearchParams(route.query).toString()}` : '';
  return `#/${path}${search}`;
}
