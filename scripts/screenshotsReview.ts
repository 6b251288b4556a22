/**
 * The review screen for `npm run screenshots`: the built-in article pasted into "New from text",
 * its suggestions reviewed in part (a few accepted, one rejected), at desktop and phone widths,
 * light and dark. On a phone the panes are tabs: the suggestions tab is shown.
 */
import { readFileSync } from 'node:fs';

import type { Browser } from '@playwright/test';

const ARTICLE = readFileSync('data/russia-ukraine-talks/article.txt', 'utf8');

const SHOTS = [
  { name: 'review-desktop-light', width: 1440, height: 900, theme: 'light', mobile: false },
  { name: 'review-desktop-dark', width: 1440, height: 900, theme: 'dark', mobile: false },
  { name: 'review-phone-light', width: 390, height: 844, theme: 'light', mobile: true },
  { name: 'review-phone-dark', width: 390, height: 844, theme: 'dark', mobile: true },
] as const;

/** Saves the review shots wanted into `out`. */
export async function reviewScreens(
  browser: Browser,
  origin: string,
  out: string,
  wanted: (name: string) => boolean,
): Promise<void> {
  for (const shot of SHOTS) {
    if (!wanted(shot.name)) continue;
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: shot.mobile ? 2 : 1,
      isMobile: shot.mobile,
      hasTouch: shot.mobile,
      colorScheme: shot.theme,
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (window.__actorGraphTest?.layoutRuns ?? 0) > 0);
    await page.getByRole('button', { name: 'New from text…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New from text' });
    await dialog.getByLabel('Paste an article').fill(ARTICLE);
    await dialog.getByLabel('Title').fill('Stalled Russia–Ukraine peace talks');
    await dialog.getByRole('button', { name: 'Suggest a graph' }).click();
    const cards = page.locator('li.author-card');
    if (shot.mobile) await page.getByRole('tab', { name: /Suggestions/ }).click();
    await cards.first().waitFor({ timeout: 30_000 });
    for (const index of [0, 1, 2, 4]) {
      await cards.nth(index).getByRole('button', { name: 'Accept' }).click();
    }
    await cards.nth(3).getByRole('button', { name: 'Reject' }).click();
    await page.getByText('Saved in this browser').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/${shot.name}.png` });
    console.log(`saved ${out}/${shot.name}.png`);
    await page.close();
  }
}
