/**
 * Makes sure a system Chromium is there before the browser tests run. As root on a
 * Debian-like system it installs the `chromium` package; otherwise it says what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { findChromium } from './chromium.mjs';

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

if (process.env.CHROMIUM_PATH && !findChromium()) {
  fail(`CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but no file is there.`);
}

let chromium = findChromium();
if (!chromium) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    fail(
      'no Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.',
    );
  }
  console.log('ensure-chromium: installing Debian package "chromium" with apt-get...');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    });
  } catch {
    fail('apt-get could not install "chromium". Install it by hand or set CHROMIUM_PATH.');
  }
  chromium = findChromium();
  if (!chromium) fail('apt-get finished, but no Chromium executable was found afterwards.');
}
console.log(`ensure-chromium: using ${chromium}`);
