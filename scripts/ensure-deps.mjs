#!/usr/bin/env node
// Makes a fresh clone runnable: installs npm packages when they are missing or older than the
// lock file, and (with --browser) Debian's Chromium and Thai fonts for the browser tests.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
const stale =
  !existsSync(installed) ||
  (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs);
if (stale) {
  console.log('Installing npm packages...');
  // Falls back to npm install when npm ci refuses the lock (see .ci/run for why that happens).
  try {
    run(existsSync(lock) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund');
  } catch {
    run('npm install --no-audit --no-fund');
  }
}

if (process.argv.includes('--browser')) {
  const haveChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some(existsSync);
  const haveThaiFont = existsSync('/usr/share/fonts/truetype/tlwg');
  const root = process.getuid?.() === 0;
  if ((!haveChromium || !haveThaiFont) && root && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium and Thai fonts from Debian for the browser tests...');
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-thai-tlwg');
  } else if (!haveChromium) {
    console.warn(
      'Chromium is not installed and cannot be installed here: browser tests will be skipped.',
    );
  }
}
