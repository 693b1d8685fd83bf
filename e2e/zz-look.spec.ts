import { test } from '@playwright/test';
import { openExampleYear } from './support';

test('look', async ({ page }) => {
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (msg) => { if (msg.type() === 'error') console.log('CONSOLE', msg.text()); });
  await page.setViewportSize({ width: 1400, height: 1000 });
  await openExampleYear(page);
  await page.screenshot({ path: '/tmp/x/home.png', fullPage: true });
  await page.getByRole('link', { name: 'Action Plan', exact: true }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/x/plan.png', fullPage: true });
  await page.getByRole('button', { name: 'Board' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/x/board.png', fullPage: true });
  await page.goto('/#/print/action-plan-report/ex-plan-2015?lang=ru');
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/x/print.png', fullPage: true });
});
