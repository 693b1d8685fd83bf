// docs/quality.md reliability 10, "hostile strings": all 50 XSS payloads stored in every text
// field of every record (each field holds the 50, one after the other, starting from a payload
// of its own, so that each payload also opens some fields), then every screen and every print
// view opened, in English and Russian. No payload may run (no call, no dialog, no CSP
// violation, no element made from it), and the payloads must be on screen as the text they are.
import { expect, test, type Page } from '@playwright/test';
import { rewriteText } from '../../src-renderer/src/reliability/text-fields';
import { openExampleYear } from '../support';
import { dumpDatabase, type Dump } from './db-dump';
import { recordFigure } from './figures';
import { XSS_PAYLOADS } from './xss-payloads';

/** All the payloads, one after the other, the first being payload `first` (and after the last, the first again). */
function allPayloads(first: number): string {
  const n = XSS_PAYLOADS.length;
  return Array.from({ length: n }, (_, i) => XSS_PAYLOADS[(first + i) % n]).join('\n');
}

/**
 * Writes the payloads into every free-text field of every row (settings aside), straight into
 * IndexedDB behind the app's back, as a crafted backup or import would leave them: each field
 * all 50, the k-th field starting from payload k (modulo 50). Returns the rows as written, how
 * many fields now hold the payloads, and how many of them hold every payload.
 */
async function plant(page: Page): Promise<{ fields: number; fieldsWithEvery: number; rows: Dump }> {
  const stored = await dumpDatabase(page);
  let fields = 0;
  let fieldsWithEvery = 0;
  const rows: Dump = Object.fromEntries(
    Object.entries(stored)
      .filter(([table]) => table !== 'settings')
      .map(([table, tableRows]) => [
        table,
        tableRows.map((row) =>
          rewriteText(row, () => {
            const text = allPayloads(fields++);
            if (XSS_PAYLOADS.every((p) => text.includes(p))) fieldsWithEvery++;
            return text;
          }),
        ),
      ]),
  );
  await page.evaluate(
    (dump) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('chairdesk');
        request.onerror = () => reject(new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(dump), 'readwrite');
          for (const [table, tableRows] of Object.entries(dump)) for (const row of tableRows) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(tx.error?.message ?? 'write failed'));
        };
      }),
    rows,
  );
  return { fields, fieldsWithEvery, rows };
}

interface Findings {
  ran: number[];
  violations: string[];
  injected: string[];
  /** Payloads found whole in the text of a page (as text, not as markup). */
  shown: Set<number>;
  /** Views that did not show what they were opened for. */
  wrongView: string[];
}

/** What the page shows now: which payloads stand in its text whole, and anything a payload made. */
async function inspect(page: Page): Promise<{ injected: string[]; shown: number[] }> {
  return page.evaluate(
    (payloads) => {
      const injected: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        if (el.hasAttribute('data-xss')) injected.push(`${el.tagName} made from a payload`);
        for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) injected.push(`${el.tagName} has ${attr}`);
      }
      for (const el of document.querySelectorAll('body iframe, body object, body embed, body base, body meta, body script:not([src])'))
        injected.push(`${el.tagName} in the page`);
      for (const a of document.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (/^\s*(javascript|data|vbscript):/i.test(href)) injected.push(`link to ${href.slice(0, 40)}`);
      }
      const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((i) => i.value);
      const text = [document.body.textContent, ...values].join('\n');
      return { injected, shown: payloads.flatMap((p, i) => (text.includes(p) ? [i] : [])) };
    },
    [...XSS_PAYLOADS],
  );
}

type Lang = 'en' | 'ru';
type Bilingual = Record<Lang, string>;

/** A view to open: its address, an element only that view has, and a text of the record it is about. */
interface View {
  hash: string;
  has: string;
  about?: (lang: Lang) => string;
}

/** Every screen and print view of the app (see src-renderer/src/lib/state/routes.ts), for the planted rows. */
function views(rows: Dump): { screens: View[]; prints: View[] } {
  const list = (table: string) => rows[table] ?? [];
  const id = (row: Record<string, unknown>): string => String(row.id);
  const title = (row: Record<string, unknown>) => (lang: Lang) => (row.title as Bilingual)[lang];
  const sessions = list('sessions');
  const plans = list('actionPlans');
  const screens: View[] = [
    { hash: '#/sessions', has: '.dashboard' },
    { hash: '#/sessions?scope=all', has: '.all-sessions' },
    ...['programme', 'calendar', 'timeline'].map((view) => ({
      hash: `#/schedule?view=${view}`,
      has: `[role=tab][aria-selected=true][href="#/schedule?view=${view}"]`,
    })),
    { hash: '#/people', has: '#people-search' },
    ...list('persons').map((p) => ({
      hash: `#/people/${id(p)}`,
      has: 'a[href="#/people"]',
      about: (lang: Lang) => (p.names as Record<Lang, { family: string }>)[lang].family.trim(),
    })),
    ...plans.flatMap((plan) => [
      { hash: `#/action-plan?plan=${id(plan)}`, has: 'table.items', about: title(plan) },
      { hash: `#/action-plan?plan=${id(plan)}&view=board`, has: '.board', about: title(plan) },
    ]),
    ...list('actionItems').map((item) => ({
      hash: `#/action-plan?plan=${String(item.planId)}&item=${id(item)}`,
      has: 'dialog[open]',
      about: title(item),
    })),
    { hash: '#/reports', has: '.reports' },
    { hash: '#/settings', has: '#language-heading' },
    ...sessions.flatMap((s) =>
      ['overview', 'agenda', 'participants', 'action-plan'].map((tab) => ({
        hash: `#/sessions/${id(s)}?tab=${tab}`,
        has: `#session-tab-${tab}[aria-selected=true]`,
        about: title(s),
      })),
    ),
    ...sessions.map((s) => ({ hash: `#/check-in/${id(s)}`, has: `main a[href="#/sessions/${id(s)}?tab=participants"]`, about: title(s) })),
  ];
  const prints: View[] = [
    { hash: '#/print/year-programme', has: '.print-doc table' },
    ...plans.map((plan) => ({ hash: `#/print/action-plan-report/${id(plan)}`, has: '.print-doc table.items', about: title(plan) })),
    ...sessions.flatMap((s) =>
      ['session-programme', 'participants', 'attendance-sheet'].map((kind) => ({
        hash: `#/print/${kind}/${id(s)}`,
        has: '.print-doc',
        about: title(s),
      })),
    ),
  ];
  return { screens, prints };
}

test('50 hostile strings, all in every text field, run nowhere and show as text on every screen and print view', async ({ page }) => {
  test.setTimeout(600_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Any payload that runs calls this, or trips the CSP (which reports the attempt).
  await page.addInitScript(() => {
    const state = window as unknown as { __xss: number[]; __csp: string[]; __xssRan: (n: number) => void };
    state.__xss = [];
    state.__csp = [];
    state.__xssRan = (n) => state.__xss.push(n);
    document.addEventListener('securitypolicyviolation', (e) => state.__csp.push(`${e.violatedDirective} ${e.sample}`));
  });
  await openExampleYear(page);
  const planted = await plant(page);
  const { screens, prints } = views(planted.rows);

  const findings: Findings = { ran: [], violations: [], injected: [], shown: new Set(), wrongView: [] };
  const look = async (where: string): Promise<void> => {
    const { injected, shown } = await inspect(page);
    findings.injected.push(...injected.map((i) => `${where}: ${i}`));
    for (const i of shown) findings.shown.add(i);
  };
  let opened = 0;
  for (const lang of ['en', 'ru'] as const) {
    for (const view of [...screens, ...prints]) {
      const print = view.hash.startsWith('#/print/');
      const where = `${lang} ${view.hash}`;
      await page.goto(`/${print ? `${view.hash}?lang=${lang}` : view.hash}`);
      // The payloads were written behind the app's back: the first view reads them fresh.
      if (opened === 0) await page.reload();
      if (print) await expect(page.locator('.print-doc[data-ready="true"]'), where).toBeVisible();
      await expect(page.locator(view.has).first(), where).toBeVisible();
      const about = view.about?.(lang);
      if (about)
        await page
          .waitForFunction((text) => document.body.textContent.includes(text), about, { timeout: 10_000 })
          .catch(() => findings.wrongView.push(`${where} does not show ${about.slice(0, 40)}`));
      // Let live queries, the calendar and lazy parts render.
      await page.waitForTimeout(150);
      await look(where);
      opened++;
    }
    // Find anything (Ctrl+K) lists stored names and titles too.
    await page.goto('/#/sessions');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('xssRan');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await look(`${lang} Find anything`);
    // (Esc in its search field first clears the field, as in any search field.)
    await page.locator('dialog[open] button.close').click();
    await expect(page.getByRole('listbox')).toBeHidden();
    opened++;
    if (lang === 'en') {
      await page.goto('/#/settings');
      await page.getByRole('button', { name: 'Русский' }).click();
    }
  }
  const state = await page.evaluate(() => {
    const w = window as unknown as { __xss: number[]; __csp: string[] };
    return { ran: w.__xss, violations: w.__csp };
  });
  findings.ran = state.ran;
  findings.violations = state.violations;

  recordFigure('xss', {
    payloads: XSS_PAYLOADS.length,
    fields: planted.fields,
    fieldsWithEveryPayload: planted.fieldsWithEvery,
    views: opened,
    screens: screens.length + 1,
    printViews: prints.length,
    scriptsRun: findings.ran.length,
    dialogs: dialogs.length,
    cspViolations: findings.violations.length,
    injectedElements: findings.injected.length,
    payloadsShownAsText: findings.shown.size,
  });
  expect(planted.fields).toBeGreaterThan(100);
  expect(planted.fieldsWithEvery).toBe(planted.fields);
  expect(findings.ran).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(findings.violations).toEqual([]);
  expect(findings.injected.slice(0, 20)).toEqual([]);
  expect(findings.wrongView.slice(0, 20)).toEqual([]);
  expect(XSS_PAYLOADS.flatMap((p, i) => (findings.shown.has(i) ? [] : [p]))).toEqual([]);
});
