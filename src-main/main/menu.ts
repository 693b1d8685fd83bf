// The application menu: File, Edit, View (screens, language, zoom), Help. Runs in: main.
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale, MenuCommand } from '../shared/ipc-contract';
import { MENU_LABELS } from './menu-labels';

export interface MenuOptions {
  locale: Locale;
  isMac: boolean;
  devTools: boolean;
  send: (command: MenuCommand) => void;
}

export function buildMenuTemplate({ locale, isMac, devTools, send }: MenuOptions): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[locale];
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        item(t.newSession, 'new-session', 'CmdOrCtrl+N'),
        item(t.find, 'find', 'CmdOrCtrl+K'),
        item(t.openExample, 'open-example'),
        { type: 'separator' },
        item(t.backup, 'backup', 'CmdOrCtrl+B'),
        item(t.restore, 'restore'),
        { type: 'separator' },
        item(t.print, 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: t.quit },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        item(t.sessions, 'go-sessions', 'CmdOrCtrl+1'),
        item(t.schedule, 'go-schedule', 'CmdOrCtrl+2'),
        item(t.people, 'go-people', 'CmdOrCtrl+3'),
        item(t.organization, 'go-organization', 'CmdOrCtrl+4'),
        item(t.actionPlan, 'go-action-plan', 'CmdOrCtrl+5'),
        // The sections' digits predate the register: Decisions takes the next free one.
        item(t.decisions, 'go-decisions', 'CmdOrCtrl+7'),
        item(t.reports, 'go-reports', 'CmdOrCtrl+6'),
        item(t.settings, 'go-settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        {
          label: t.language,
          submenu: [
            { label: 'English', type: 'radio', checked: locale === 'en', click: () => send('locale-en') },
            { label: 'Русский', type: 'radio', checked: locale === 'ru', click: () => send('locale-ru') },
          ],
        },
        { type: 'separator' },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'togglefullscreen', label: t.fullScreen },
        ...(devTools ? ([{ type: 'separator' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[]) : []),
      ],
    },
    { label: t.help, role: 'help', submenu: [item(t.about, 'about')] },
  ];
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}
