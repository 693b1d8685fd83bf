// The seating plan, badges and table cards of a session of an organization that is not the
// example's (the SCO under Kyrgyzstan's chairmanship, 2019, from a blank profile): the plan
// made in protocol order, two places swapped by keyboard and by dragging, kept after a reload,
// printed in both languages and read back from the PDF; the list changed, the plan rebuilt;
// badges and table cards printed to PDF and checked with poppler's tools.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { download } from './files';
import { addParticipant, openMeetingParticipants } from './people-support';
import { failOnPageErrors, importReferenceFixture, planSession } from './support';

interface Pdf {
  text: string;
  pages: number;
  /** Page size in whole millimetres, from pdfinfo's points ("297 x 210"). */
  size: string;
  /** pdffonts' table: one line per font. */
  fonts: { name: string; embedded: boolean }[];
}

/** Opens a print view, waits for its data and fonts, prints it to PDF and reads it back with poppler-utils. */
async function printPdf(page: Page, hash: string): Promise<Pdf> {
  await page.goto(`/${hash}`);
  await expect(page.locator('.print-doc[data-ready="true"]')).toBeVisible();
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'chairdesk-seating-')), 'document.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  // pdffonts: name type encoding emb sub uni object ID; two header lines.
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // emb is the fourth column from the end (emb sub uni object ID).
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
    });
  return {
    text,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    size: (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [])
      .slice(1)
      .map((pt) => Math.round((Number(pt) / 72) * 25.4))
      .join(' x '),
    fonts,
  };
}

/** Where each word first appears in the text, from `from` on. */
const positions = (text: string, words: readonly string[], from = 0): number[] => words.map((w) => text.indexOf(w, from));
const ascending = (list: readonly number[]): boolean => list.every((p, i) => p >= 0 && (i === 0 || p > (list[i - 1] ?? 0)));

// The SCO's protocol order: member states in Russian alphabetical order. Kyrgyzstan's minister
// chairs: the chair's place, not a delegation's.
const PROTOCOL = ['India', 'Kazakhstan', 'China', 'Pakistan', 'Russia', 'Tajikistan', 'Uzbekistan'];
const FULL: Record<string, [string, string]> = {
  India: ['Republic of India', 'Республика Индия'],
  Kazakhstan: ['Republic of Kazakhstan', 'Республика Казахстан'],
  China: ['People’s Republic of China', 'Китайская Народная Республика'],
  Kyrgyzstan: ['Kyrgyz Republic', 'Кыргызская Республика'],
  Pakistan: ['Islamic Republic of Pakistan', 'Исламская Республика Пакистан'],
  Russia: ['Russian Federation', 'Российская Федерация'],
  Tajikistan: ['Republic of Tajikistan', 'Республика Таджикистан'],
  Uzbekistan: ['Republic of Uzbekistan', 'Республика Узбекистан'],
};
const full = (short: string, lang: 0 | 1): string => (FULL[short] ?? [short, short])[lang].replace('’', "'");

const places = (page: Page) => page.getByRole('group', { name: 'Seating plan drawing' }).getByRole('button');

test('a seating plan is made in protocol order, two places swapped, printed in both languages; badges and table cards print', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = failOnPageErrors(page);
  const sessionId = await openMeetingParticipants(page);

  // The Secretary-General comes as a guest: the guests' section.
  await addParticipant(page, 'норов', /NOROV, Vladimir/);

  await page.getByRole('tab', { name: 'Seating and badges' }).click();
  await expect(page.getByRole('heading', { name: 'Seating plan', level: 2 })).toBeVisible();
  const form = page.getByRole('form', { name: 'Make the seating plan' });
  await form.getByRole('radio', { name: 'Round table' }).check();
  await form.getByLabel('Seats per delegation').fill('9');
  await form.getByRole('button', { name: 'Make the plan' }).click();
  // Bad input is named where it is, and nothing is made.
  await expect(form.getByText('Enter a whole number from 1 to 6.')).toBeVisible();
  await expect(form.getByLabel('Seats per delegation')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Seats per delegation').fill('2');
  await form.getByLabel('Interpreters’ booths').fill('2');
  await form.getByRole('button', { name: 'Make the plan' }).click();
  await expect(form).toBeHidden();

  const expected = [...PROTOCOL.map((s, i) => `Place ${i + 1}: ${s}`), 'Place 8: SCO Secretariat'];
  await expect(places(page)).toHaveCount(8);
  expect(await places(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(expected);

  // By keyboard: choose India, then Kazakhstan.
  await page.getByRole('button', { name: 'Place 1: India' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Place 1: India' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Place 2: Kazakhstan' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Place 1: Kazakhstan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place 2: India' })).toBeVisible();
  // With the pointer: drag Pakistan onto Tajikistan.
  await page.getByRole('button', { name: 'Place 4: Pakistan' }).dragTo(page.getByRole('button', { name: 'Place 6: Tajikistan' }));
  await expect(page.getByRole('button', { name: 'Place 4: Tajikistan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place 6: Pakistan' })).toBeVisible();

  // The plan keeps the changes.
  await page.reload();
  const swapped = ['Kazakhstan', 'India', 'China', 'Tajikistan', 'Russia', 'Pakistan', 'Uzbekistan'];
  await expect(places(page)).toHaveCount(8);
  expect(await places(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([
    ...swapped.map((s, i) => `Place ${i + 1}: ${s}`),
    'Place 8: SCO Secretariat',
  ]);

  // Printed, A4 landscape in English, A3 landscape in Russian: the drawing, then the legend in seating order.
  const en = await printPdf(page, `#/print/seating-plan/${encodeURIComponent(sessionId)}?lang=en&paper=A4`);
  expect(en.size).toBe('297 x 210');
  for (const word of ['Seating plan', 'Chair', 'Secretariat', 'Booth 1', 'Booth 2', 'Legend', 'Guests and observers'])
    expect(en.text).toContain(word);
  const legend = en.text.indexOf('Legend');
  expect(
    ascending(positions(en.text, [...swapped.map((s) => full(s, 0)), 'Secretariat of the Shanghai Cooperation Organisation'], legend)),
  ).toBe(true);
  expect(en.fonts.length).toBeGreaterThan(0);
  expect(en.fonts.every((f) => f.embedded)).toBe(true);
  expect(en.fonts.some((f) => f.name.includes('NotoSans'))).toBe(true);

  const ru = await printPdf(page, `#/print/seating-plan/${encodeURIComponent(sessionId)}?lang=ru&paper=A3`);
  expect(ru.size).toBe('420 x 297');
  for (const word of ['План рассадки', 'Председатель', 'Секретариат', 'Кабина 1', 'Условные обозначения']) expect(ru.text).toContain(word);
  const ruLegend = ru.text.indexOf('Условные обозначения');
  expect(
    ascending(
      positions(
        ru.text,
        swapped.map((s) => full(s, 1)),
        ruLegend,
      ),
    ),
  ).toBe(true);
  expect(ru.fonts.every((f) => f.embedded)).toBe(true);
  expect(ru.text).toMatch(/Стр\. 1 из \d/);

  // Exported to Word, the places in the same order.
  await page.goto(`/#/sessions/${encodeURIComponent(sessionId)}?tab=seating`);
  await page.getByLabel('Document language').first().selectOption('en');
  const docx = await download(page, () => page.getByRole('button', { name: 'Export the plan (DOCX)' }).click());
  expect(docx.name).toMatch(/^seating-plan-2019-05-21-meeting-.*\.docx$/);
  const files = unzipSync(docx.bytes);
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  // The drawing: an SVG with a PNG for older readers, both in the document's body.
  const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
  const svgFile = media.find((f) => f.endsWith('.svg')) ?? '';
  const pngFile = media.find((f) => f.endsWith('.png')) ?? '';
  expect([svgFile, pngFile].every(Boolean)).toBe(true);
  const rels = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
  for (const file of [svgFile, pngFile]) {
    const id = new RegExp(`Id="(\\w+)"[^>]*Target="media/${path.basename(file)}"`).exec(rels)?.[1];
    expect(id, file).toBeTruthy();
    expect(xml).toContain(`r:embed="${id}"`);
  }
  // The SVG's labels are the screen's: the places in the plan's order, the guest last.
  const svg = strFromU8(files[svgFile] ?? new Uint8Array());
  const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, t]) => t);
  expect(drawn.filter((t) => [...swapped, 'SCO Secretariat'].includes(t ?? ''))).toEqual([...swapped, 'SCO Secretariat']);
  for (const word of ['Chair', 'Secretariat', 'Booth 1', 'Booth 2', 'Guests and observers']) expect(drawn).toContain(word);
  // The PNG: a real picture, its size from its IHDR chunk, as wide as the drawing at twice its scale.
  const png = files[pngFile] ?? new Uint8Array();
  expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  const view = new DataView(png.buffer, png.byteOffset);
  const [pngWidth, pngHeight] = [view.getUint32(16), view.getUint32(20)];
  const [svgWidth, svgHeight] = [/ width="([\d.]+)"/, / height="([\d.]+)"/].map((re) => Number(re.exec(svg)?.[1]));
  expect(pngWidth).toBe(Math.round((svgWidth ?? 0) * 2));
  expect(pngHeight).toBe(Math.round((svgHeight ?? 0) * 2));
  expect(pngWidth).toBeGreaterThan(600);
  expect(png.length).toBeGreaterThan(10_000);
  // A4 landscape.
  expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  const body = xml.replace(/<[^>]+>/g, ' ').replace(/&apos;/g, "'");
  expect(
    ascending(
      positions(
        body,
        swapped.map((s) => full(s, 0)),
      ),
    ),
  ).toBe(true);

  // Russia declines: the plan no longer matches the list until it is rebuilt.
  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByLabel('Invitation of Sergey Lavrov').selectOption({ label: 'Declined' });
  await page.getByRole('tab', { name: 'Seating and badges' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'no longer matches' });
  await expect(warning).toContainText('Russia is no longer on the list but still has a place.');
  await warning.getByRole('button', { name: 'Rebuild from the list' }).click();
  await expect(warning).toBeHidden();
  await expect(places(page)).toHaveCount(7);
  await expect(page.getByRole('button', { name: /: Russia$/ })).toHaveCount(0);

  // Badges: 2 × 4 on A4, for everyone on the list (7 ministers, the chair among them, and the guest) and two blank press badges.
  await page.getByLabel('Document language').nth(1).selectOption('ru');
  await page.getByLabel('Badge sheet').selectOption({ label: 'A4, 2 × 4 badges' });
  await page.getByLabel('Blank press badges').fill('2');
  const badgesHref = await page.getByRole('link', { name: 'Print badges' }).getAttribute('href');
  const cardsHref = await page.getByRole('link', { name: 'Print table cards' }).getAttribute('href');
  const badges = await printPdf(page, badgesHref ?? '');
  expect(badges.size).toBe('210 x 297');
  expect(badges.pages).toBe(2);
  for (const name of ['Сергей Лавров', 'Sergey Lavrov']) expect(badges.text).not.toContain(name);
  for (const name of ['Чингиз Айдарбеков', 'Chingiz Aidarbekov', 'Владимир Норов', 'Vladimir Norov', 'ГЛАВА ДЕЛЕГАЦИИ', 'ГОСТЬ', 'ПРЕССА'])
    expect(badges.text).toContain(name);
  expect(badges.fonts.length).toBeGreaterThan(0);
  expect(badges.fonts.every((f) => f.embedded)).toBe(true);

  // Table cards: one folded A4 landscape sheet per delegation at the table, in the order of the
  // plan as rebuilt (protocol order again).
  const cards = await printPdf(page, cardsHref ?? '');
  expect(cards.size).toBe('297 x 210');
  expect(cards.pages).toBe(6);
  const atTable = PROTOCOL.filter((s) => s !== 'Russia');
  const pages = cards.text.split('\f').filter((p) => p.trim());
  expect(pages).toHaveLength(6);
  // The front half, below the fold, reads the right way up (the back half is upside down).
  pages.forEach((text, i) => expect(text.split('Линия сгиба')[1]?.replace(/\s+/g, ' ')).toContain(full(atTable[i] ?? '', 1)));
  expect(cards.text).not.toContain('Российская Федерация');
  expect(cards.fonts.every((f) => f.embedded)).toBe(true);

  // Only those present: nobody has checked in yet.
  await page.goto(`/#/sessions/${encodeURIComponent(sessionId)}?tab=seating`);
  await page.getByLabel('Whom for').selectOption({ label: 'Only those present' });
  await expect(page.getByText('Nobody matches this choice.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Print table cards' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the seating tab says what to do when the session has no participants', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  await planSession(page, {
    title: ['Meeting of the Council of National Coordinators', 'Заседание Совета национальных координаторов'],
    bodies: ['CNC'],
    date: '2019-03-12',
    start: '10:00',
    end: '13:00',
  });
  await page.getByRole('tab', { name: 'Seating and badges' }).click();
  const empty = page.getByRole('status').filter({ hasText: 'No participants yet' });
  await expect(empty).toBeVisible();
  await empty.getByRole('link', { name: 'Go to the participants' }).click();
  await expect(page.getByRole('tab', { name: 'Participants', selected: true })).toBeVisible();
});

test('two places swapped with the keyboard-accessible form stay swapped after a reload; badges print ten to an A4 sheet on 2 × 5 paper', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = failOnPageErrors(page);
  const sessionId = await openMeetingParticipants(page);
  await page.getByRole('tab', { name: 'Seating and badges' }).click();
  const form = page.getByRole('form', { name: 'Make the seating plan' });
  await form.getByRole('radio', { name: 'Round table' }).check();
  await form.getByRole('button', { name: 'Make the plan' }).click();
  await expect(form).toBeHidden();
  await expect(places(page)).toHaveCount(7);

  // The swap form, by keyboard only: choose the first place, the second, then Swap.
  const swap = page.getByRole('form', { name: 'Swap two places' });
  await expect(swap.getByRole('button', { name: 'Swap' })).toBeDisabled();
  await swap.getByLabel('Place', { exact: true }).focus();
  await swap.getByLabel('Place', { exact: true }).selectOption({ label: '1. India' });
  await page.keyboard.press('Tab');
  await expect(swap.getByLabel('Swap with')).toBeFocused();
  await swap.getByLabel('Swap with').selectOption({ label: '7. Uzbekistan' });
  await page.keyboard.press('Tab');
  await expect(swap.getByRole('button', { name: 'Swap' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Place 1: Uzbekistan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place 7: India' })).toBeVisible();

  await page.reload();
  const swapped = ['Uzbekistan', 'Kazakhstan', 'China', 'Pakistan', 'Russia', 'Tajikistan', 'India'];
  await expect(places(page)).toHaveCount(7);
  expect(await places(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(
    swapped.map((s, i) => `Place ${i + 1}: ${s}`),
  );

  // Badges on 2 × 5 paper: the eight on the list and two blank press badges fill one A4 sheet
  // (on 2 × 4 paper they take two).
  await page.getByLabel('Document language').nth(1).selectOption('en');
  await page.getByLabel('Badge sheet').selectOption({ label: 'A4, 2 × 5 badges' });
  await page.getByLabel('Blank press badges').fill('2');
  const href = await page.getByRole('link', { name: 'Print badges' }).getAttribute('href');
  expect(href).toContain(encodeURIComponent(sessionId));
  const badges = await printPdf(page, href ?? '');
  expect(badges.size).toBe('210 x 297');
  expect(badges.pages).toBe(1);
  expect(badges.text.match(/\bPRESS\b/g)).toHaveLength(2);
  expect(badges.text.match(/\bHEAD OF DELEGATION\b/g)?.length).toBeGreaterThanOrEqual(7);
  for (const name of ['Chingiz Aidarbekov', 'Чингиз Айдарбеков', 'Sergey Lavrov']) expect(badges.text).toContain(name);
  expect(badges.fonts.every((f) => f.embedded)).toBe(true);
  // The press badges' band has its own colour, not the heads' one.
  const bands = await page
    .locator('[data-category]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-category'), getComputedStyle(e.querySelector('.band') ?? e).backgroundColor]),
    );
  const colourOf = (category: string): Set<string> => new Set(bands.filter(([c]) => c === category).map(([, colour]) => colour ?? ''));
  expect(colourOf('press').size).toBe(1);
  expect([...colourOf('press')][0]).not.toBe([...colourOf('head')][0]);
  expect(colourOf('press')).not.toEqual(new Set(['rgba(0, 0, 0, 0)']));

  await page.goto(`/#/sessions/${encodeURIComponent(sessionId)}?tab=seating`);
  await page.getByLabel('Document language').nth(1).selectOption('en');
  await page.getByLabel('Badge sheet').selectOption({ label: 'A4, 2 × 4 badges' });
  await page.getByLabel('Blank press badges').fill('2');
  const fewer = await printPdf(page, (await page.getByRole('link', { name: 'Print badges' }).getAttribute('href')) ?? '');
  expect(fewer.pages).toBe(2);
  expect(errors).toEqual([]);
});
