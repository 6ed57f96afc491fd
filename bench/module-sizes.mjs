// Per-module minified size of the ESM build: bundle each src module's contribution by re-minifying slices.
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { minify } from 'terser';
import { gzipSync } from 'zlib';
const bundle = await rollup({ input: 'src/axios.ts', plugins: [typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' })], onwarn() {} });
const { output } = await bundle.generate({ format: 'es' });
const mods = output[0].modules;
const rows = [];
for (const [id, m] of Object.entries(mods)) {
  if (!m.code) continue;
  const r = await minify(m.code, { module: true, ecma: 2020, compress: false, mangle: false });
  rows.push([id.replace(process.cwd() + '/', ''), m.renderedLength, (r.code || '').length, gzipSync(r.code || '').length]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const r of rows) console.log(r.join('\t'));
console.log('total min(no-mangle)', rows.reduce((a, r) => a + r[2], 0));
