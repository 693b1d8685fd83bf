import { expect, test } from '@playwright/test';
import { importReferenceFixture, planSession } from './support';

// From a blank profile: the Shanghai Cooperation Organisation's reference data (Kyrgyzstan's
// 2019 chairmanship), the app's own screens and Workers at work.

test('the page carries a CSP with no inline or eval script', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  await page.goto('/');
  const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc.trim()).toBe("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(html).not.toMatch(/<script>(?!\s*<\/script>)/);
});

test('an injected inline handler does not run: Trusted Types refuse it at the sink, before the CSP would', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  const outcome = await page.evaluate(() => {
    const img = document.createElement('img');
    try {
      img.setAttribute('onerror', 'window.__pwned = true');
    } catch (error) {
      return error instanceof TypeError ? 'refused' : String(error);
    }
    img.src = 'data:,';
    document.body.append(img);
    return 'set';
  });
  expect(outcome).toBe('refused');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

test('Trusted Types: no string of HTML or foreign script URL reaches a sink, and the app still works', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  const outcomes = await page.evaluate(() => {
    const attempt = (run: () => unknown): string => {
      try {
        run();
        return 'allowed';
      } catch (error) {
        return error instanceof TypeError ? 'refused' : String(error);
      }
    };
    return {
      innerHTML: attempt(() => (document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>')),
      insertAdjacentHTML: attempt(() => document.body.insertAdjacentHTML('beforeend', '<b>x</b>')),
      foreignWorker: attempt(() => new Worker('https://evil.example/w.js')),
      dataWorker: attempt(() => new Worker('data:text/javascript,postMessage(1)')),
      scriptSrc: attempt(() => (document.createElement('script').src = 'https://evil.example/x.js')),
    };
  });
  expect(outcomes).toEqual({
    innerHTML: 'refused',
    insertAdjacentHTML: 'refused',
    foreignWorker: 'refused',
    dataWorker: 'refused',
    scriptSrc: 'refused',
  });
  // The app's own Workers still start: the global search runs in one.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox').fill('Лавров');
  await expect(page.getByRole('option').first()).toBeVisible();
});

test('no other page can frame the app', async ({ page, request, baseURL }) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-frame-options']).toBe('DENY');
  await page.goto('about:blank');
  await page.setContent(`<iframe src="${baseURL ?? ''}/" title="framed"></iframe>`);
  const framed = page.frameLocator('iframe[title="framed"]');
  await page.waitForTimeout(1_000);
  await expect(framed.getByRole('heading')).toHaveCount(0);
});

test('every request goes to the app’s own origin, data: or blob:', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!(baseURL && url.startsWith(baseURL)) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await importReferenceFixture(page, 'sco-2019');
  await planSession(page, {
    title: ['Meeting of the Council of Ministers of Foreign Affairs', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });
  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Generate the invitation list from the seats' }).click();
  await expect(page.getByRole('table', { name: 'Participants in protocol order' })).toContainText('Sergey Lavrov');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  expect(foreign).toEqual([]);
});
