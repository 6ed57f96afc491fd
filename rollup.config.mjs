// Builds the UMD bundle (global `axios`) and the ES module, each plain and
// minified with a source map, and the bundled type declarations beside each.
import { readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import { wrapUmdFactory } from './scripts/wrap-umd-factory.mjs';
import { moduleType } from './scripts/module-type.mjs';
import { commonjsTypesFile } from './scripts/commonjs-types.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! plume v${version} | MIT */`;

const compile = () =>
  typescript({
    tsconfig: './tsconfig.json',
    declaration: false,
    declarationMap: false,
    outDir: 'dist',
    noEmitOnError: true,
  });

// Property names are left alone: users and other libraries read them.
// inline: 1 keeps one-use helpers out of line, which gzips better here.
const minify = (module) =>
  terser({
    ecma: 2020,
    module,
    toplevel: module,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true, inline: 1 },
    format: { comments: /^!/, quote_style: 1 },
  });

const umd = (file, minified) => ({
  file,
  format: 'umd',
  name: 'axios',
  exports: 'default',
  sourcemap: true,
  banner,
  plugins: minified ? [minify(false), wrapUmdFactory()] : [moduleType('commonjs')],
});

const esm = (file, minified) => ({
  file,
  format: 'es',
  sourcemap: true,
  banner,
  plugins: minified ? [minify(true)] : [moduleType('module')],
});

export default [
  {
    input: 'src/axios.ts',
    plugins: [compile()],
    output: [umd('dist/axios.js'), umd('dist/axios.min.js', true)],
  },
  {
    input: 'src/index.ts',
    plugins: [compile()],
    output: [esm('dist/esm/axios.js'), esm('dist/esm/axios.min.js', true)],
  },
  {
    input: 'src/index.ts',
    plugins: [dts({ tsconfig: './tsconfig.json' })],
    // The same declarations twice: TypeScript reads each as the module type of its folder.
    // index.d.cts gives require('plume') its `export =` shape.
    output: [
      { file: 'dist/index.d.ts', format: 'es', plugins: [commonjsTypesFile('index.d.cts')] },
      { file: 'dist/esm/index.d.ts', format: 'es' },
    ],
  },
];
