import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './routes';
import { shortcutCommand } from './shortcuts';

describe('routes', () => {
  it.each([
    ['', { name: 'sessions' }],
    ['#/', { name: 'sessions' }],
    ['#/people', { name: 'people' }],
    ['#/action-plan', { name: 'action-plan' }],
    ['#/sessions/ex-session-2015-04-02-cfm', { name: 'session', id: 'ex-session-2015-04-02-cfm' }],
    ['#/sessions/a%2Fb', { name: 'session', id: 'a/b' }],
    ['#/nowhere', { name: 'sessions' }],
    ['#/sessions/%E0%A4%A', { name: 'sessions' }],
    ['#/sessions/s1?tab=agenda', { name: 'session', id: 's1', query: { tab: 'agenda' } }],
    ['#/people/p1', { name: 'person', id: 'p1' }],
    ['#/check-in/s1', { name: 'check-in', id: 's1' }],
    ['#/print/session-programme/s1?lang=ru', { name: 'print', kind: 'session-programme', id: 's1', query: { lang: 'ru' } }],
    ['#/print/year-programme', { name: 'print', kind: 'year-programme' }],
    ['#/print/evil-kind/s1', { name: 'sessions' }],
    ['#/schedule?view=calendar', { name: 'schedule', query: { view: 'calendar' } }],
  ])('%s → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  const samples: Route[] = [
    { name: 'session', id: 'a/b c' },
    { name: 'person', id: 'ex-person-lavrov' },
    { name: 'print', kind: 'participants', id: 'x?y', query: { lang: 'ru' } },
    { name: 'action-plan', query: { view: 'board', item: 'i-1' } },
  ];
  it.each(samples)('round-trips %j through its href', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});

describe('keyboard shortcuts', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });

  it('maps Ctrl/Cmd+1…6 and Ctrl+, to the screens', () => {
    expect(shortcutCommand(key('1', { ctrlKey: true }))).toBe('go-sessions');
    expect(shortcutCommand(key('3', { metaKey: true }))).toBe('go-people');
    expect(shortcutCommand(key('4', { ctrlKey: true }))).toBe('go-organization');
    expect(shortcutCommand(key('6', { ctrlKey: true }))).toBe('go-reports');
    expect(shortcutCommand(key('7', { ctrlKey: true }))).toBe('go-decisions');
    expect(shortcutCommand(key(',', { ctrlKey: true }))).toBe('go-settings');
  });

  it('ignores plain typing and other modifier combinations', () => {
    expect(shortcutCommand(key('1'))).toBeNull();
    expect(shortcutCommand(key('1', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutCommand(key('x', { ctrlKey: true }))).toBeNull();
  });
});
