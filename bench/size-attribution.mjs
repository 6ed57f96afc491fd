// What each source module costs in the gzipped UMD bundle: build once as is,
// then once per module with that module replaced by empty stubs, and report
// the difference. A development tool for the size budget (issue 6).
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { minify } from 'terser';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    statSync(path).isDirectory() ? walk(path) : name.endsWith('.ts') && files.push(path);
  }
};
walk(join(root, 'src'));

const stubFor = (file) => {
  const source = readFileSync(file, 'utf8');
  const names = [...source.matchAll(/^export (?:declare )?(?:async )?(?:function|const|class|let)\s+(\w+)/gm)].map((m) => m[1]);
  return names.map((name) => `export const ${name} = function () {};`).join('\n') || 'export {};';
};

async function size(stubbed) {
  const bundle = await rollup({
    input: join(root, 'src/axios.ts'),
    onwarn() {},
    plugins: [
      { name: 'stub', load: (id) => (id === stubbed ? stubFor(id) : null) },
      typescript({ tsconfig: join(root, 'tsconfig.json'), declaration: false, outDir: join(root, 'dist'), noEmitOnError: false }),
    ],
  });
  const { output } = await bundle.generate({ format: 'umd', name: 'axios', exports: 'default' });
  const { code } = await minify(output[0].code, { ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_arrows: true } });
  return gzipSync(code, { level: 9 }).length;
}

const full = await size();
console.log(`full bundle: ${full} bytes gzipped`);
const rows = [];
const skipped = (f) => f.endsWith('types.ts') || f.endsWith('src/axios.ts') || f.endsWith('src/index.ts');
for (const file of files.filter((f) => !skipped(f))) rows.push([relative(root, file), full - (await size(file))]);
rows.sort((a, b) => b[1] - a[1]);
for (const [file, cost] of rows) console.log(String(cost).padStart(6), file);
