import { test, expect, inPage } from './fixtures';

test.describe('static helpers in the browser', { tag: '@build' }, () => {
  test('all and spread', async ({ page }) => {
    const result = await inPage(page, async () => {
      const responses = await axios.all([axios.get('/api/echo/1'), axios.get('/api/echo/2'), Promise.resolve('plain')]);
      return axios.spread((a: any, b: any, c: any) => [a.data.path, b.data.path, c])(responses);
    });
    expect(result).toEqual(['/api/echo/1', '/api/echo/2', 'plain']);
  });

  test('toFormData fills a real FormData, with Blobs for binary values', async ({ page }) => {
    const result = await inPage(page, async () => {
      const form = axios.toFormData({ a: 1, list: ['x', 'y'], nested: { b: true }, file: new Blob(['abc']), bytes: new Uint8Array([1, 2]) }) as FormData;
      return [...form.entries()].map(([key, value]) => [key, typeof value === 'string' ? value : `Blob(${(value as Blob).size})`]);
    });
    expect(result).toEqual([
      ['a', '1'],
      ['list[]', 'x'],
      ['list[]', 'y'],
      ['nested[b]', 'true'],
      ['file', 'Blob(3)'],
      ['bytes', 'Blob(2)'],
    ]);
  });

  test('getAdapter resolves names, and says why when nothing fits', async ({ page }) => {
    const result = await inPage(page, async () => {
      const names = [(axios.getAdapter('xhr') as any).adapterName, (axios.getAdapter(['fetch', 'xhr']) as any).name];
      let unknown = '';
      let unsupported: any = null;
      try {
        axios.getAdapter('carrier-pigeon');
      } catch (error: any) {
        unknown = error.message;
      }
      try {
        axios.getAdapter(['http']);
      } catch (error: any) {
        unsupported = { code: error.code, message: error.message };
      }
      return { names, unknown, unsupported };
    });
    expect(result).toEqual({
      names: ['xhr', 'fetch'],
      unknown: "Unknown adapter 'carrier-pigeon'",
      unsupported: { code: 'ERR_NOT_SUPPORT', message: 'There is no suitable adapter to dispatch the request  - adapter http is not available in the build' },
    });
  });

  test('a custom adapter function receives the merged config', async ({ page }) => {
    const result = await inPage(page, async () => {
      const response = await axios.get('/anything', {
        headers: { 'X-Custom': '1' },
        adapter: async (config) => ({ data: { url: config.url, header: config.headers['X-Custom'] }, status: 200, statusText: 'OK', headers: {}, config, request: null }),
      });
      return response.data;
    });
    expect(result).toEqual({ url: '/anything', header: '1' });
  });
});
