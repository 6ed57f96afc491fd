// Copy the latest benchmark table (bench/results/latest.md, written by
// `npm run bench`) into README.md, between its bench markers.
import { readFileSync, writeFileSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url);
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const latest = readFileSync(new URL('bench/results/latest.md', ROOT), 'utf8')
  .replace(/^# .*\n+/, '') // the README has its own heading
  .trim();
const readmeURL = new URL('README.md', ROOT);
const readme = readFileSync(readmeURL, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} ... ${END} block`);
writeFileSync(readmeURL, readme.slice(0, from + START.length) + '\n' + latest + '\n' + readme.slice(to));
console.log('README.md: benchmark table updated');
