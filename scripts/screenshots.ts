/**
 * `npm run screenshots`: builds the app, serves it locally, and saves the default view at
 * desktop and phone widths, in light and dark, and the import report of a messy spreadsheet,
 * to docs/screenshots/ for the README.
 */
import { mkdirSync } from 'node:fs';

import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const OUT = 'docs/screenshots';
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
    preview: { port: 4175, strictPort: true, host: '127.0.0.1' },
    build: { outDir: 'dist-screenshots' },
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  mkdirSync(OUT, { recursive: true });
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: shot.mobile ? 2 : 1,
        isMobile: shot.mobile,
        hasTouch: shot.mobile,
        colorScheme: shot.theme,
      });
      await page.goto('http://127.0.0.1:4175/');
      await page.waitForFunction(() => (window.__actorGraphTest?.layoutRuns ?? 0) > 0);
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${OUT}/${shot.name}.png`, fullPage: shot.mobile });
      console.log(`saved ${OUT}/${shot.name}.png`);
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto('http://127.0.0.1:4175/');
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
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
