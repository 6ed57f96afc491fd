import { test, expect, inPage, CROSS_ORIGIN } from './fixtures';

test.describe('withCredentials and XSRF', () => {
  test('same origin: cookies are sent, with or without withCredentials', async ({ page }) => {
    const cookies = await inPage(page, async () => {
      await axios.get('/api/cookie', { params: { name: 'session', value: 'abc' } });
      const plain = await axios.get('/api/echo');
      const credentialed = await axios.get('/api/echo', { withCredentials: true });
      return [plain.data.cookies.session, credentialed.data.cookies.session];
    });
    expect(cookies).toEqual(['abc', 'abc']);
  });

  test('cross origin: cookies go only with withCredentials', async ({ page }) => {
    const result = await inPage(
      page,
      async (cross) => {
        await axios.get('/api/cookie', { params: { name: 'session', value: 'cross' } });
        const without = await axios.get(cross + '/api/echo');
        const withCookies = await axios.get(cross + '/api/echo', { withCredentials: true });
        return { without: without.data.cookies.session ?? null, with: withCookies.data.cookies.session ?? null };
      },
      CROSS_ORIGIN
    );
    expect(result).toEqual({ without: null, with: 'cross' });
  });

  test('cross origin: a credentialed request to a server that does not allow it fails as a network error', async ({ page }) => {
    const result = await inPage(
      page,
      async (cross) => ({
        open: (await settle(axios.get(cross + '/api/echo', { params: { cors: 'wildcard' } }))).response?.status,
        credentialed: (await settle(axios.get(cross + '/api/echo', { params: { cors: 'wildcard' }, withCredentials: true }))).error,
        blocked: (await settle(axios.get(cross + '/api/echo', { params: { cors: 'none' } }))).error,
      }),
      CROSS_ORIGIN
    );
    expect(result.open).toBe(200);
    expect(result.credentialed).toMatchObject({ code: 'ERR_NETWORK', message: 'Network Error', isAxiosError: true });
    expect(result.blocked).toMatchObject({ code: 'ERR_NETWORK', message: 'Network Error' });
  });

  test('cross origin: exposed response headers are readable', async ({ page }) => {
    const headers = await inPage(
      page,
      async (cross) => {
        const response = await axios.get(cross + '/api/headers', { params: { 'X-Custom-Header': 'visible' } });
        return { custom: response.headers['x-custom-header'], method: (await axios.get(cross + '/api/echo')).headers['x-echo-method'] };
      },
      CROSS_ORIGIN
    );
    expect(headers).toEqual({ custom: 'visible', method: 'GET' });
  });

  test('XSRF: the cookie is sent as a header to the same origin', async ({ page }) => {
    const headers = await inPage(page, async () => {
      await axios.get('/api/xsrf', { params: { value: 'token-123' } });
      const response = await axios.post('/api/echo', {});
      const renamed = await axios.get('/api/echo', { xsrfHeaderName: 'X-My-Token' });
      return { standard: response.data.headers['x-xsrf-token'], renamed: renamed.data.headers['x-my-token'] };
    });
    expect(headers).toEqual({ standard: 'token-123', renamed: 'token-123' });
  });

  test('XSRF: not sent cross-origin, even with withCredentials', async ({ page }) => {
    const result = await inPage(
      page,
      async (cross) => {
        await axios.get('/api/xsrf', { params: { value: 'secret-token' } });
        const plain = await axios.get(cross + '/api/echo', { withCredentials: true });
        return plain.data.headers['x-xsrf-token'] ?? null;
      },
      CROSS_ORIGIN
    );
    expect(result).toBeNull();
  });

  test('XSRF: sent cross-origin only when withXSRFToken is exactly true, or a function returning true', async ({ page }) => {
    const result = await inPage(
      page,
      async (cross) => {
        await axios.get('/api/xsrf', { params: { value: 'opt-in' } });
        const token = async (withXSRFToken: any) =>
          (await axios.get(cross + '/api/echo', { withCredentials: true, withXSRFToken })).data.headers['x-xsrf-token'] ?? null;
        return {
          true: await token(true),
          fn: await token(() => true),
          truthyString: await token('true'),
          one: await token(1),
          fnTruthy: await token(() => 'yes'),
          false: await token(false),
        };
      },
      CROSS_ORIGIN
    );
    expect(result).toEqual({ true: 'opt-in', fn: 'opt-in', truthyString: null, one: null, fnTruthy: null, false: null });
  });

  test('XSRF: withXSRFToken false keeps the token even from the same origin', async ({ page }) => {
    const header = await inPage(page, async () => {
      await axios.get('/api/xsrf', { params: { value: 'kept-home' } });
      return (await axios.get('/api/echo', { withXSRFToken: false })).data.headers['x-xsrf-token'] ?? null;
    });
    expect(header).toBeNull();
  });
});
