import { expect, test } from '@playwright/test';
import { openExampleYear } from './support';

test('the page carries a CSP with no inline or eval script', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  await page.goto('/');
  const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc.trim()).toBe("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(html).not.toMatch(/<script>(?!\s*<\/script>)/);
});

test('an injected inline handler does not run', async ({ page }) => {
  await openExampleYear(page);
  const blocked = page.waitForEvent('console', (msg) => /Content Security Policy/.test(msg.text()));
  await page.evaluate(() => {
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.__pwned = true">';
    document.body.append(holder);
  });
  await blocked;
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

test('every request goes to the app’s own origin, data: or blob:', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!(baseURL && url.startsWith(baseURL)) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await openExampleYear(page);
  await page.getByRole('link', { name: 'Session of the Council of Foreign Ministers' }).first().click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  expect(foreign).toEqual([]);
});
