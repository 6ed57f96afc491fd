import { test, expect, inPage } from './fixtures';

test.describe('interceptors', () => {
  test('request interceptors run last-added first, response interceptors first-added first', async ({ page }) => {
    const result = await inPage(page, async () => {
      const instance = axios.create();
      const order: string[] = [];
      instance.interceptors.request.use((config) => (order.push('request 1'), config));
      instance.interceptors.request.use((config) => (order.push('request 2'), config));
      instance.interceptors.response.use((response) => (order.push('response 1'), response));
      instance.interceptors.response.use((response) => (order.push('response 2'), response));
      await instance.get('/api/echo');
      return order;
    });
    expect(result).toEqual(['request 2', 'request 1', 'response 1', 'response 2']);
  });

  test('interceptors can change the config and the response, asynchronously', async ({ page }) => {
    const result = await inPage(page, async () => {
      const instance = axios.create();
      instance.interceptors.request.use(async (config) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        config.headers.set('X-From-Interceptor', 'yes');
        config.params = { added: 1 };
        return config;
      });
      instance.interceptors.response.use((response) => ({ ...response, data: { wrapped: response.data.headers['x-from-interceptor'], url: response.data.url } }));
      return (await instance.get('/api/echo')).data;
    });
    expect(result).toEqual({ wrapped: 'yes', url: '/api/echo?added=1' });
  });

  test('eject and clear remove interceptors; an old id never ejects a newer one', async ({ page }) => {
    const result = await inPage(page, async () => {
      const instance = axios.create();
      const calls: string[] = [];
      const a = instance.interceptors.request.use((c) => (calls.push('a'), c));
      instance.interceptors.request.use((c) => (calls.push('b'), c));
      instance.interceptors.request.eject(a);
      await instance.get('/api/echo');
      instance.interceptors.request.clear();
      const c = instance.interceptors.request.use((config) => (calls.push('c'), config));
      instance.interceptors.request.eject(a);
      await instance.get('/api/echo');
      instance.interceptors.response.use((r) => (calls.push('response'), r));
      instance.interceptors.response.clear();
      await instance.get('/api/echo');
      return { calls, idsDiffer: a !== c };
    });
    expect(result).toEqual({ calls: ['b', 'c', 'c'], idsDiffer: true });
  });

  test('synchronous interceptors send the request in the same tick; async ones do not', async ({ page }) => {
    const result = await inPage(page, async () => {
      const sent: string[] = [];
      // The page's own adapter, wrapped to see when it is called.
      const real = axios.getAdapter(axios.defaults.adapter);
      const adapter = (config: any) => (sent.push(config.url), real(config));
      const sync = axios.create({ adapter });
      sync.interceptors.request.use((config) => config, null, { synchronous: true });
      const p1 = sync.get('/api/echo/sync');
      const afterSync = sent.length;
      const async = axios.create({ adapter });
      async.interceptors.request.use((config) => config);
      const p2 = async.get('/api/echo/async');
      const afterAsync = sent.length;
      await Promise.all([p1, p2]);
      return { afterSync, afterAsync, total: sent.length };
    });
    expect(result).toEqual({ afterSync: 1, afterAsync: 1, total: 2 });
  });

  test('runWhen skips an interceptor for the requests it declines', async ({ page }) => {
    const result = await inPage(page, async () => {
      const instance = axios.create();
      instance.interceptors.request.use(
        (config) => {
          config.headers.set('X-Only-Post', 'yes');
          return config;
        },
        null,
        { runWhen: (config) => config.method === 'post' }
      );
      const get = await instance.get('/api/echo');
      const post = await instance.post('/api/echo', {});
      return [get.data.headers['x-only-post'] ?? null, post.data.headers['x-only-post']];
    });
    expect(result).toEqual([null, 'yes']);
  });

  test('an error thrown in a request interceptor rejects the request, and no request is sent', async ({ page }) => {
    const result = await inPage(page, async () => {
      const instance = axios.create();
      let adapterCalled = false;
      instance.interceptors.request.use(() => {
        throw new Error('refused by interceptor');
      });
      const outcome = await settle(instance.get('/api/echo', { adapter: [(c: any) => ((adapterCalled = true), axios.getAdapter('xhr')(c))] as any }));
      return { error: outcome.error, adapterCalled };
    });
    expect(result.error).toMatchObject({ message: 'refused by interceptor', isAxiosError: false });
    expect(result.adapterCalled).toBe(false);
  });

  test('a response interceptor can recover from an error, or turn a success into one', async ({ page }) => {
    const result = await inPage(page, async () => {
      const recovering = axios.create();
      recovering.interceptors.response.use(null, (error) => ({ data: 'recovered from ' + error.response.status }));
      const failing = axios.create();
      failing.interceptors.response.use(() => Promise.reject(new Error('refused by response interceptor')));
      return {
        recovered: (await recovering.get('/api/status/503')).data,
        failed: (await settle(failing.get('/api/echo'))).error.message,
      };
    });
    expect(result).toEqual({ recovered: 'recovered from 503', failed: 'refused by response interceptor' });
  });

  test('request onRejected handles an error from an earlier interceptor', async ({ page }) => {
    const result = await inPage(page, async () => {
      const instance = axios.create();
      const seen: string[] = [];
      instance.interceptors.request.use(
        (config) => config,
        (error) => {
          seen.push(error.message);
          throw error;
        }
      );
      instance.interceptors.request.use(() => Promise.reject(new Error('first interceptor failed')));
      const outcome = await settle(instance.get('/api/echo'));
      return { seen, message: outcome.error.message };
    });
    expect(result).toEqual({ seen: ['first interceptor failed'], message: 'first interceptor failed' });
  });
});
