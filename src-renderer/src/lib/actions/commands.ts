// What each menu command or shortcut does.
import type { MenuCommand } from '$shared/ipc-contract';
import { router } from '../state/router.svelte';
import { sessionDialog } from '../state/session-dialog.svelte';
import { globalSearch } from '../state/global-search.svelte';
import { storage } from '../state/storage.svelte';
import { openExampleYear } from './chairmanship';
import { handleError } from './handle-error';
import { setLanguage } from './preferences';

/** Backing up and restoring, with the backup format and its checks: loaded when first asked for. */
const backups = (): Promise<typeof import('../backup/actions/back-up-and-restore')> => import('../backup/actions/back-up-and-restore');

export function runCommand(command: MenuCommand): void {
  const go = (name: 'sessions' | 'schedule' | 'people' | 'organization' | 'action-plan' | 'decisions' | 'reports' | 'settings'): void =>
    router.go({ name });
  switch (command) {
    case 'go-sessions':
      return go('sessions');
    case 'go-schedule':
      return go('schedule');
    case 'new-session':
      sessionDialog.open();
      return;
    case 'find':
      globalSearch.show();
      return;
    case 'go-people':
      return go('people');
    case 'go-organization':
      return go('organization');
    case 'go-action-plan':
      return go('action-plan');
    case 'go-decisions':
      return go('decisions');
    case 'go-reports':
      return go('reports');
    case 'go-settings':
    case 'about':
      return go('settings');
    case 'locale-en':
    case 'locale-ru':
      setLanguage(command === 'locale-en' ? 'en' : 'ru').catch(handleError);
      return;
    case 'open-example':
      openExampleYear()
        .then(() => go('sessions'))
        .catch(handleError);
      return;
    case 'print':
      window.print();
      return;
    case 'backup':
      backups()
        .then(({ backUp }) => backUp())
        .catch(handleError);
      return;
    case 'restore':
      go('settings');
      backups()
        .then(({ openBackup }) => openBackup())
        .then((preview) => (storage.pendingRestore = preview))
        .catch(handleError);
      return;
  }
}
