// The app's screens as hash routes (`#/sessions/ex-session-…`). Pure, so it is tested alone.

export type Route =
  | { name: 'sessions' }
  | { name: 'session'; id: string }
  | { name: 'schedule' }
  | { name: 'people' }
  | { name: 'action-plan' }
  | { name: 'reports' }
  | { name: 'settings' }
  | { name: 'welcome' };

const SIMPLE = ['sessions', 'schedule', 'people', 'action-plan', 'reports', 'settings', 'welcome'] as const;

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#?\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return '';
      }
    });
  const [head, id] = parts;
  if (head === 'sessions' && id) return { name: 'session', id };
  const simple = SIMPLE.find((s) => s === head);
  return simple ? { name: simple } : { name: 'sessions' };
}

export function routeHref(route: Route): string {
  return route.name === 'session' ? `#/sessions/${encodeURIComponent(route.id)}` : `#/${route.name}`;
}
