import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';

// How tools that follow package.json load the package by its name: Node's
// require (Jest, webpack's CommonJS, older tool chains) takes the UMD bundle,
// import takes the ES module. Both must give the same working axios.
const require = createRequire(import.meta.url);

describe('the package, loaded by its name', () => {
  it('require() gives the axios function of the UMD bundle, with its statics', () => {
    const axios = require('plume');
    expect(typeof axios).toBe('function');
    expect(require.resolve('plume')).toMatch(/dist[\\/]axios\.js$/);
    expect(typeof axios.get).toBe('function');
    expect(typeof axios.create).toBe('function');
    expect(axios.default).toBe(axios);
    expect(new axios.AxiosError('m', 'ERR_BAD_OPTION').code).toBe('ERR_BAD_OPTION');
  });

  it('import gives the ES module, and every named export of it is also a static of the required axios', async () => {
    const module = await import('plume');
    expect(typeof module.default).toBe('function');
    expect(typeof module.default.get).toBe('function');
    const required = require('plume');
    const names = Object.keys(module).filter((name) => name !== 'default');
    expect(names.length).toBeGreaterThan(15);
    for (const name of names) expect(typeof required[name], name).toBe(typeof (module as Record<string, unknown>)[name]);
  });
});
