// Real files out of the app: downloads captured from the browser edition, and PDFs of the
// print views read back with pdftotext (poppler-utils), as a user's PDF reader would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Clicks what starts a download and returns the file's name and bytes. */
export async function download(page: Page, start: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await start();
  const file = await pending;
  const where = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(where) };
}

/**
 * Opens a print view, waits until its data is in and its fonts have loaded (as the app's
 * Print and Save as PDF do), prints it to PDF and returns the PDF's text and the names of the
 * fonts it embeds.
 */
export async function printViewText(
  page: Page,
  hash: string,
  { layout = true }: { layout?: boolean } = {},
): Promise<{ text: string; pages: number; fonts: string[] }> {
  await page.goto(`/${hash}`);
  await expect(page.locator('.print-doc[data-ready="true"]')).toBeVisible();
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const dir = mkdtempSync(path.join(tmpdir(), 'chairdesk-pdf-'));
  const file = path.join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  // -layout keeps a page's columns side by side; without it, the text comes in reading order.
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  // pdffonts: two header lines, then one line per font, its name first (with a subset prefix).
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .flatMap((line) => /^(?:[A-Z]{6}\+)?(\S+)/.exec(line)?.[1] ?? []);
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), fonts: [...new Set(fonts)].sort() };
}
