/**
 * `npm run screenshots`: builds the app, serves it locally, and saves the default view at
 * desktop and phone widths, in light and dark, the import report of a messy spreadsheet, and the
 * committed GDELT sample with a time range and a relation's events, and the review of a pasted
 * text (screenshotsReview.ts), to docs/screenshots/ for the
 * README. `SCREENSHOTS_ONLY=gdelt-timeline` (names, comma-separated) takes only those;
 * `SCREENSHOTS_PORT` serves on another port than 4175.
 */
import { mkdirSync } from 'node:fs';

import { type Browser, chromium } from '@playwright/test';
import { build, preview } from 'vite';

import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { reviewScreens } from './screenshotsReview';

const OUT = 'docs/screenshots';
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4175);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ONLY = process.env.SCREENSHOTS_ONLY?.split(',').map((name) => name.trim());
const wanted = (name: string) => ONLY === undefined || ONLY.includes(name);

// The GDELT shot: the committed GDELT 2.0 sample, three weeks of March brushed, and the
// relation with the most events selected so the details list them.
const GDELT_SAMPLE = 'tests/fixtures/events/gdelt2-sample.export.CSV';
const GDELT_RANGE = { from: '2024-03-01', to: '2024-03-21' };
const GDELT_RELATION = 'united-states-sanction-russia';
const SHOTS = [
  { name: 'desktop-light', width: 1440, height: 900, theme: 'light', mobile: false },
  { name: 'desktop-dark', width: 1440, height: 900, theme: 'dark', mobile: false },
  { name: 'phone-light', width: 390, height: 844, theme: 'light', mobile: true },
  { name: 'phone-dark', width: 390, height: 844, theme: 'dark', mobile: true },
] as const;

// A spreadsheet with the mistakes real ones have: an empty cell, a self-loop, a typo'd type, a
// link that is not http(s), a blank row.
const MESSY_CSV = [
  'From,To,Type,Quote,Source URL',
  'Open Society Fund,Civic Lab,funds,"We back the Lab, the fund said.",https://example.org/grants',
  'Civic Lab,,funds,,',
  'Civic Lab,Civic Lab,advises,,',
  ',,,,',
  'Civic Lab,City Council,advisess,,javascript:alert(1)',
  'City Council,Open Society Fund,meets,,https://example.org/minutes',
].join('\n');

async function main(): Promise<void> {
  await build({
    mode: 'e2e',
    logLevel: 'warn',
    build: { outDir: 'dist-screenshots', emptyOutDir: true },
  });
  const server = await preview({
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    build: { outDir: 'dist-screenshots' },
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  mkdirSync(OUT, { recursive: true });
  try {
    for (const shot of SHOTS) {
      if (!wanted(shot.name)) continue;
      const page = await browser.newPage({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: shot.mobile ? 2 : 1,
        isMobile: shot.mobile,
        hasTouch: shot.mobile,
        colorScheme: shot.theme,
      });
      await page.goto(`${ORIGIN}/`);
      await page.waitForFunction(() => (window.__actorGraphTest?.layoutRuns ?? 0) > 0);
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${OUT}/${shot.name}.png`, fullPage: shot.mobile });
      console.log(`saved ${OUT}/${shot.name}.png`);
      await page.close();
    }
    if (wanted('import-report')) await importReport(browser);
    if (wanted('gdelt-timeline')) await gdeltTimeline(browser);
    await reviewScreens(browser, ORIGIN, OUT, wanted);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** The import report of a messy spreadsheet. */
async function importReport(browser: Browser): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => (window.__actorGraphTest?.layoutRuns ?? 0) > 0);
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'grants.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(MESSY_CSV),
  });
  await page.getByRole('dialog', { name: 'Import report' }).waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/import-report.png` });
  console.log(`saved ${OUT}/import-report.png`);
  await page.close();
}

/** A GDELT extract with the timeline: a range brushed, a relation's events in the details. */
async function gdeltTimeline(browser: Browser): Promise<void> {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => (window.__actorGraphTest?.layoutRuns ?? 0) > 0);
  // Each canvas counts its own layouts: the opened file's is a new canvas.
  await page.evaluate(() => {
    (window as { previousCanvas?: unknown }).previousCanvas = window.__actorGraphTest!.cy;
  });
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('open-file-input').setInputFiles(GDELT_SAMPLE);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await report.waitFor();
  await report.getByRole('button', { name: 'Close' }).click();
  await page.waitForFunction(
    () =>
      window.__actorGraphTest!.cy !== (window as { previousCanvas?: unknown }).previousCanvas &&
      window.__actorGraphTest!.layoutRuns > 0,
  );
  // The range and the selection through the link, as a reader would share them.
  const url = new URL(page.url());
  url.searchParams.set('from', GDELT_RANGE.from);
  url.searchParams.set('to', GDELT_RANGE.to);
  url.searchParams.set('relation', GDELT_RELATION);
  await page.goto(url.toString());
  await page.waitForFunction(() => (window.__actorGraphTest?.layoutRuns ?? 0) > 0);
  const events = page.getByRole('region', { name: /^Events \(\d+\)$/ });
  await events.waitFor();
  await events.scrollIntoViewIfNeeded();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${OUT}/gdelt-timeline.png` });
  console.log(`saved ${OUT}/gdelt-timeline.png`);
  await page.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
