// Make sure the browsers the tests drive are installed. Playwright cannot
// download its own browsers on this kind of machine, so they come from
// Debian's packages: chromium and firefox-esr (see DEVELOPERS.md).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const BROWSERS = { chromium: '/usr/bin/chromium', 'firefox-esr': '/usr/bin/firefox-esr' };
const missing = Object.entries(BROWSERS)
  .filter(([, path]) => !existsSync(path))
  .map(([pkg]) => pkg);

if (missing.length === 0) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = root ? '' : 'sudo ';
const run = (command) => execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

console.log(`Installing ${missing.join(' and ')} from Debian's packages...`);
try {
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}apt-get install -y -qq ${missing.join(' ')}`);
} catch {
  console.error(`Could not install ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
