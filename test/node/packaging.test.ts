import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// How tools that follow package.json load the package by its name: Node's
// require (Jest, webpack's CommonJS, older tool chains) takes the UMD bundle,
// import takes the ES module. Both must give the same working axios, here and
// from the tarball `npm pack` makes, installed in another project.
const root = fileURLToPath(new URL('../../', import.meta.url));

function checkRequire(require: NodeRequire) {
  const axios = require('plume');
  expect(typeof axios).toBe('function');
  expect(require.resolve('plume')).toMatch(/dist[\\/]axios\.js$/);
  expect(typeof axios.get).toBe('function');
  expect(typeof axios.create).toBe('function');
  expect(axios.default).toBe(axios);
  expect(new axios.AxiosError('m', 'ERR_BAD_OPTION').code).toBe('ERR_BAD_OPTION');
}

async function checkImport(module: Record<string, any>, require: NodeRequire) {
  expect(typeof module.default).toBe('function');
  expect(typeof module.default.get).toBe('function');
  // Every named export is also a static of the required axios, as the declarations say.
  const required = require('plume');
  const names = Object.keys(module).filter((name) => name !== 'default');
  expect(names.length).toBeGreaterThan(15);
  for (const name of names) expect(typeof required[name], name).toBe(typeof module[name]);
}

describe('the package, loaded by its name from the project itself', () => {
  const require = createRequire(import.meta.url);
  it('require() gives the axios function of the UMD bundle, with its statics', () => checkRequire(require));
  it('import gives the ES module, whose named exports are statics of the required axios', async () =>
    checkImport(await import('plume'), require));
});

describe('the package, packed and installed in another project', () => {
  let project: string;
  let require: NodeRequire;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'plume-pack-'));
    execFileSync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: root, stdio: 'pipe' });
    const tarball = readdirSync(project).find((name) => name.endsWith('.tgz'))!;
    const installed = join(project, 'node_modules', 'plume');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(project, tarball), '-C', installed, '--strip-components=1']);
    writeFileSync(join(project, 'package.json'), '{ "name": "user-project", "private": true }\n');
    // A module of that project that imports the package by its name, as its code would.
    writeFileSync(join(project, 'uses-plume.mjs'), "export * from 'plume';\nexport { default } from 'plume';\n");
    require = createRequire(join(project, 'index.js'));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('require() gives the axios function of the UMD bundle', () => checkRequire(require));
  it('import gives the ES module', async () =>
    checkImport(await import(pathToFileURL(join(project, 'uses-plume.mjs')).href), require));

  // Node >= 20 is what the project's own tools need, not the library. As
  // `engines`, Yarn 1 would refuse to install the package for a user on an
  // older Node; as `devEngines`, npm checks it only when working on the project.
  it('puts no requirement on the Node of the project that installs it', () => {
    const manifest = require(join(project, 'node_modules', 'plume', 'package.json'));
    expect(manifest.engines).toBeUndefined();
    expect(manifest.devEngines.runtime).toMatchObject({ name: 'node', version: '>=20' });
    expect(manifest.dependencies).toBeUndefined();
  });

  // "sideEffects": false must also be in dist/esm/package.json: esbuild reads
  // the package.json nearest to the file, which is that one, not the package's.
  it('a bundler drops the package when nothing imported from it is used', async () => {
    const { build } = await import('esbuild');
    const bundle = async (code: string) => {
      writeFileSync(join(project, 'app.mjs'), code);
      const result = await build({
        entryPoints: [join(project, 'app.mjs')],
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      });
      return result.outputFiles[0].text.length;
    };
    expect(await bundle("import axios from 'plume';\nexport const ready = true;\n")).toBeLessThan(200);
    expect(await bundle("import axios from 'plume';\nexport const get = axios.get;\n")).toBeGreaterThan(20_000);
  });
});
