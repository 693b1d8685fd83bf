// The screens, each a chunk of its own loaded the first time it is opened
// (components/LazyView.svelte). The workspace (the shell's content, with the sessions list,
// the first screen) is not one of them: it comes with the start chunk (vite.renderer.config.ts)
// and App.svelte draws it in the shell; it shows these.
import { afterFirstScreen } from '$lib/state/first-screen';

export const screens = {
  welcome: () => import('./welcome/Welcome.svelte'),
  databaseProblem: () => import('./errors/DatabaseProblem.svelte'),
  allSessions: () => import('./sessions/AllSessions.svelte'),
  // The Action Plan at a glance, above the year's sessions: its code, like its figures, comes
  // once the sessions have painted.
  dashboard: () => afterFirstScreen(1_000).then(() => import('./sessions/Dashboard.svelte')),
  session: () => import('./session/SessionPage.svelte'),
  schedule: () => import('./schedule/ScheduleView.svelte'),
  people: () => import('./people/PeopleView.svelte'),
  person: () => import('./people/PersonPage.svelte'),
  organization: () => import('./organization/OrganizationView.svelte'),
  checkIn: () => import('./check-in/CheckIn.svelte'),
  actionPlan: () => import('./action-plan/ActionPlanView.svelte'),
  decisions: () => import('./decisions/DecisionsView.svelte'),
  reports: () => import('./reports/ReportsView.svelte'),
  settings: () => import('./settings/Settings.svelte'),
  print: () => import('./print/PrintView.svelte'),
  sessionDialog: () => import('./schedule/SessionDialog.svelte'),
};

/**
 * Letters of the scripts the app's names and titles are written in beyond the first screen's:
 * Cyrillic, the Tajik letters of Cyrillic Extended, and Latin Extended (Dačić, Şahin).
 */
const OTHER_LETTERS = 'Яя ӣҷ čş';

/**
 * Fetches the screens, and the font files of the other scripts (main.ts fetches a file when
 * its letters are first shown), once the first screen has its data and the page is idle: the
 * first visit to each screen, a dialog opened with a shortcut and typed into at once, and the
 * first Russian name typed into the search wait for nothing.
 */
export function preloadScreens(): void {
  const load = (): void => {
    performance.mark('chairdesk:preload');
    for (const screen of Object.values(screens)) void screen().catch(() => undefined);
    for (const weight of [400, 600]) void document.fonts.load(`${weight} 1em "Noto Sans"`, OTHER_LETTERS).catch(() => undefined);
  };
  void afterFirstScreen(3_000).then(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 3_000 });
    else setTimeout(load, 1_000);
  });
}
