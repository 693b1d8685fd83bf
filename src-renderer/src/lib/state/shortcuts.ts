// Keyboard shortcuts of the browser edition (the desktop menu carries the same accelerators).
import type { MenuCommand } from '$shared/ipc-contract';

const WITH_MOD: Record<string, MenuCommand> = {
  '1': 'go-sessions',
  '2': 'go-schedule',
  '3': 'go-people',
  '4': 'go-organization',
  '5': 'go-action-plan',
  '6': 'go-reports',
  '7': 'go-decisions',
  ',': 'go-settings',
  b: 'backup',
  B: 'backup',
  n: 'new-session',
  k: 'find',
  K: 'find',
  N: 'new-session',
};

export function shortcutCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): MenuCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey || event.shiftKey) return null;
  return WITH_MOD[event.key] ?? null;
}
