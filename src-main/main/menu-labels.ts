// The application menu's words in both languages. Runs in: main (the renderer's paraglide
// messages live in another process; the Record type keeps the two languages complete).
import type { Locale } from '../shared/ipc-contract';

export interface MenuLabels {
  file: string;
  newSession: string;
  find: string;
  openExample: string;
  backup: string;
  restore: string;
  print: string;
  quit: string;
  edit: string;
  view: string;
  sessions: string;
  schedule: string;
  people: string;
  organization: string;
  actionPlan: string;
  decisions: string;
  reports: string;
  settings: string;
  language: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  fullScreen: string;
  help: string;
  about: string;
}

export const MENU_LABELS: Record<Locale, MenuLabels> = {
  en: {
    file: '&File',
    newSession: 'New Session',
    find: 'Find…',
    openExample: 'Open the Example Year',
    backup: 'Back Up…',
    restore: 'Restore from Backup…',
    print: 'Print…',
    quit: 'Quit',
    edit: '&Edit',
    view: '&View',
    sessions: 'Sessions',
    schedule: 'Schedule',
    people: 'People',
    organization: 'Organization',
    actionPlan: 'Action Plan',
    decisions: 'Decisions',
    reports: 'Reports',
    settings: 'Settings',
    language: 'Language',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Toggle Full Screen',
    help: '&Help',
    about: 'About Chairdesk',
  },
  ru: {
    file: '&Файл',
    newSession: 'Новое заседание',
    find: 'Найти…',
    openExample: 'Открыть пример года',
    backup: 'Резервная копия…',
    restore: 'Восстановить из копии…',
    print: 'Печать…',
    quit: 'Выход',
    edit: '&Правка',
    view: '&Вид',
    sessions: 'Заседания',
    schedule: 'Расписание',
    people: 'Участники',
    organization: 'Организация',
    actionPlan: 'План мероприятий',
    decisions: 'Решения',
    reports: 'Отчёты',
    settings: 'Настройки',
    language: 'Язык',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    resetZoom: 'Исходный размер',
    fullScreen: 'Полноэкранный режим',
    help: '&Справка',
    about: 'О программе Chairdesk',
  },
};
