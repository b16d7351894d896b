// The Dutch (or English) application menu. Its commands are forwarded to the renderer as menu
// events. The shortcuts are shown but not registered here (`registerAccelerator: false`): the
// renderer handles the keys itself, so the menu, the key and the UI button share one code path,
// and the same keys work in the Chromium test harness, which has no Electron menu.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../src-shared/domain/locale';
import type { MenuAction } from '../../src-shared/ipc/events';
import { translator } from '../../src-shared/i18n/messages';

/** `developerMode` (only `npm run dev`, see dev-mode.ts) adds Reload and DevTools. */
export function menuTemplate(
  locale: Locale,
  send: (action: MenuAction) => void,
  developerMode: boolean,
): MenuItemConstructorOptions[] {
  const t = translator(locale);
  const dev = developerMode;
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('menu.file'),
      submenu: [
        {
          label: t('menu.home'),
          accelerator: 'Alt+Home',
          registerAccelerator: false,
          click: () => send('navigate-home'),
        },
        {
          label: t('menu.newSignal'),
          accelerator: 'CmdOrCtrl+Shift+N',
          registerAccelerator: false,
          click: () => send('new-signal'),
        },
        {
          label: t('menu.findCase'),
          accelerator: 'CmdOrCtrl+F',
          registerAccelerator: false,
          click: () => send('find-case'),
        },
        {
          label: t('menu.convenantLookup'),
          accelerator: 'CmdOrCtrl+K',
          registerAccelerator: false,
          click: () => send('convenant-lookup'),
        },
        { type: 'separator' },
        { label: t('menu.print'), accelerator: 'CmdOrCtrl+P', registerAccelerator: false, click: () => send('print') },
        { type: 'separator' },
        { label: t('menu.lock'), accelerator: 'CmdOrCtrl+L', registerAccelerator: false, click: () => send('lock') },
        { type: 'separator' },
        { label: t('menu.quit'), role: 'quit' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('menu.zoomIn'), role: 'zoomIn' },
        { label: t('menu.zoomOut'), role: 'zoomOut' },
        { label: t('menu.resetZoom'), role: 'resetZoom' },
        { type: 'separator' },
        { label: t('menu.fullScreen'), role: 'togglefullscreen' },
        ...(dev
          ? ([
              { type: 'separator' },
              { label: t('menu.reload'), role: 'reload' },
              { label: t('menu.devTools'), role: 'toggleDevTools' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: t('menu.window'),
      submenu: [
        { label: t('menu.minimize'), role: 'minimize' },
        { label: t('menu.close'), role: 'close' },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        { label: t('menu.shortcuts'), accelerator: 'F1', registerAccelerator: false, click: () => send('shortcuts') },
        { label: t('menu.about'), click: () => send('about') },
      ],
    },
  ];
  return template;
}

export function buildMenu(locale: Locale, send: (action: MenuAction) => void, developerMode: boolean): Menu {
  return Menu.buildFromTemplate(menuTemplate(locale, send, developerMode));
}
