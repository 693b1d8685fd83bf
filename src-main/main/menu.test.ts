import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc-contract';
import { buildMenuTemplate } from './menu';
import { MENU_LABELS } from './menu-labels';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  const handler = item?.click as (() => void) | undefined;
  if (!handler) throw new Error('menu item has no click handler');
  handler();
}

describe('application menu', () => {
  it('has File, Edit, View and Help with the usual accelerators', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate({ locale: 'en', isMac: false, devTools: false, send: (c) => sent.push(c) });
    expect(template.map((t) => t.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const items = flatten(template);
    const byLabel = (label: string): MenuItemConstructorOptions | undefined => items.find((i) => i.label === label);
    expect(byLabel('New Session')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Print…')?.accelerator).toBe('CmdOrCtrl+P');
    expect(byLabel('Back Up…')?.accelerator).toBe('CmdOrCtrl+B');
    expect(byLabel('Sessions')?.accelerator).toBe('CmdOrCtrl+1');
    expect(byLabel('Organization')?.accelerator).toBe('CmdOrCtrl+4');
    expect(byLabel('Reports')?.accelerator).toBe('CmdOrCtrl+6');
    expect(byLabel('Decisions')?.accelerator).toBe('CmdOrCtrl+7');
    expect(items.some((i) => i.role === 'zoomIn')).toBe(true);
    expect(items.some((i) => i.role === 'undo')).toBe(true);
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);

    click(byLabel('Русский'));
    click(byLabel('Schedule'));
    click(byLabel('Back Up…'));
    click(byLabel('Restore from Backup…'));
    click(byLabel('Decisions'));
    expect(sent).toEqual(['locale-ru', 'go-schedule', 'backup', 'restore', 'go-decisions']);
  });

  it('is labelled in Russian, with the current language checked', () => {
    const items = flatten(buildMenuTemplate({ locale: 'ru', isMac: false, devTools: true, send: () => undefined }));
    expect(items.find((i) => i.label === 'Русский')?.checked).toBe(true);
    expect(items.find((i) => i.label === 'English')?.checked).toBe(false);
    expect(items.some((i) => i.label === 'Заседания')).toBe(true);
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('has every label in both languages', () => {
    expect(Object.keys(MENU_LABELS.ru).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
    for (const labels of Object.values(MENU_LABELS)) {
      for (const key of Object.keys(labels) as (keyof typeof labels)[]) expect(labels[key].trim()).not.toBe('');
    }
  });
});
