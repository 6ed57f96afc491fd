// Entry for Cloudflare's workerd: `node test/runtimes/workerd.mjs <echo server URL>`.
// Miniflare runs worker.mjs in workerd; this prints the summary it answers with.
import { Miniflare } from 'miniflare';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const worker = new Miniflare({
  modules: true,
  scriptPath: fileURLToPath(new URL('./worker.mjs', import.meta.url)),
  modulesRoot: root,
  // The bundle is an ES module in a .js file (dist/esm/package.json says so).
  modulesRules: [{ type: 'ESModule', include: ['**/*.js', '**/*.mjs'] }],
  compatibilityDate: '2026-04-01',
});
try {
  const response = await worker.dispatchFetch('http://worker.invalid/?server=' + encodeURIComponent(process.argv[2]));
  const text = await response.text();
  if (!response.ok) throw new Error(`the worker answered ${response.status}: ${text}`);
  console.log(text);
} finally {
  await worker.dispose();
}
