// `npm test`: everything, in order, stopping at the first failure:
// browsers installed, the build, the docs build, type checks, unit specs,
// browser specs.
import { spawnSync } from 'node:child_process';

const steps = [
  ['browsers', 'node', ['scripts/ensure-browsers.mjs']],
  ['build', 'npm', ['run', 'build']],
  ['docs', 'npm', ['run', 'docs:build']],
  ['types', 'npm', ['run', 'typecheck']],
  ['unit', 'npx', ['vitest', 'run']],
  ['browser', 'npx', ['playwright', 'test']],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  const stepStarted = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (${seconds}s)`);
    process.exit(status || 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
