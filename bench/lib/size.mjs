// Bytes on the wire: raw, gzip (level 9) and brotli (quality 11) of both
// builds, and what a bundler keeps of each ESM build when the app only calls
// axios.get. All deterministic: one measurement each.
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';

export const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
export const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;

export function fileSizes(file) {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
}

// Bundles `import axios from '<file>'; axios.get('/x')` the way an app would:
// rollup's tree-shaking, then terser with its defaults.
export async function treeShaken(file) {
  const dir = mkdtempSync(join(tmpdir(), 'plume-bench-'));
  try {
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, `import axios from ${JSON.stringify(file)};\naxios.get('/x');\n`);
    const bundle = await rollup({ input: entry, plugins: [terser()], onwarn() {} });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const buf = Buffer.from(output[0].code);
    return { raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
