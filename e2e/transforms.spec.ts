import { test, expect, inPage } from './fixtures';

test.describe('transformRequest and transformResponse', () => {
  test('custom transforms run with the config as this, and can replace the defaults', async ({ page }) => {
    const result = await inPage(page, async () => {
      const response = await axios.post('/api/echo', { n: 1 }, {
        transformRequest: [
          function (this: any, data, headers) {
            headers.set('X-Transformed', this.method);
            headers.setContentType('text/plain');
            return 'n=' + data.n;
          },
        ],
        transformResponse: [(data: string, headers: any, status?: number) => ({ parsed: JSON.parse(data).raw, status, type: headers['content-type'] })],
      });
      return response.data;
    });
    expect(result).toEqual({ parsed: 'n=1', status: 200, type: expect.stringContaining('application/json') });
  });

  test('transforms can extend the defaults', async ({ page }) => {
    const result = await inPage(page, async () => {
      const instance = axios.create({
        transformRequest: [(data) => ({ ...data, stamped: true }), ...(axios.defaults.transformRequest as any[])],
        transformResponse: [...(axios.defaults.transformResponse as any[]), (data) => data.body],
      });
      return (await instance.post('/api/echo', { a: 1 })).data;
    });
    expect(result).toEqual({ a: 1, stamped: true });
  });

  test('transformResponse also runs for error responses', async ({ page }) => {
    const result = await inPage(page, async () => {
      const outcome = await settle(axios.get('/api/status/422', { transformResponse: [(data) => 'transformed: ' + data] }));
      return outcome.error.response.data;
    });
    expect(result).toBe('transformed: {"status":422}');
  });

  test('an error thrown by a transform rejects the request as is', async ({ page }) => {
    const result = await inPage(page, async () =>
      settle(
        axios.post('/api/echo', {}, {
          transformRequest: () => {
            throw new TypeError('cannot transform');
          },
        })
      )
    );
    expect(result.error).toMatchObject({ name: 'TypeError', message: 'cannot transform', isAxiosError: false });
  });

  test('a cyclic object body is a clear AxiosError, not a crash', async ({ page }) => {
    const result = await inPage(page, async () => {
      const cyclic: any = { a: 1 };
      cyclic.self = cyclic;
      return settle(axios.post('/api/echo', cyclic));
    });
    expect(result.error).toMatchObject({ code: 'ERR_BAD_OPTION_VALUE', isAxiosError: true });
  });
});
