import { test, expect, inPage } from './fixtures';

test.describe('cancellation', () => {
  test('an AbortSignal aborted before the request: CanceledError, nothing sent', async ({ page }) => {
    const result = await inPage(page, async () => {
      const controller = new AbortController();
      controller.abort();
      return settle(axios.get('/api/echo', { signal: controller.signal }));
    });
    expect(result.error).toMatchObject({ name: 'CanceledError', code: 'ERR_CANCELED', message: 'canceled', isCancel: true, isAxiosError: true });
  });

  test('an AbortSignal aborted during the request aborts the XHR and the server sees it go', async ({ page }) => {
    const result = await inPage(page, async () => {
      const controller = new AbortController();
      const pending = axios.get('/api/never', { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 100));
      controller.abort();
      const outcome = await settle(pending);
      // The server releases a /api/never request when its connection closes.
      let held = -1;
      for (let i = 0; i < 50 && held !== 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        held = (await axios.get('/api/never/pending')).data.pending;
      }
      return { error: outcome.error, held };
    });
    expect(result.error).toMatchObject({ name: 'CanceledError', code: 'ERR_CANCELED', isCancel: true });
    expect(result.held).toBe(0);
  });

  test('CancelToken: before and during the request, with its message', async ({ page }) => {
    const result = await inPage(page, async () => {
      const before = axios.CancelToken.source();
      before.cancel('not needed');
      const early = await settle(axios.get('/api/echo', { cancelToken: before.token }));
      const during = axios.CancelToken.source();
      const pending = axios.get('/api/never', { cancelToken: during.token });
      setTimeout(() => during.cancel('user left'), 50);
      const late = await settle(pending);
      return { early: early.error, late: late.error };
    });
    expect(result.early).toMatchObject({ name: 'CanceledError', message: 'not needed', code: 'ERR_CANCELED', isCancel: true });
    expect(result.late).toMatchObject({ name: 'CanceledError', message: 'user left', code: 'ERR_CANCELED', isCancel: true });
  });

  test('one CancelToken cancels many requests, and its executor form works', async ({ page }) => {
    const result = await inPage(page, async () => {
      let cancel!: (message?: string) => void;
      const token = new axios.CancelToken((c) => (cancel = c));
      const requests = [1, 2, 3].map((n) => settle(axios.get('/api/never', { cancelToken: token, params: { n } })));
      setTimeout(() => cancel('all of them'), 50);
      const outcomes = await Promise.all(requests);
      return { messages: outcomes.map((o) => o.error.message), reason: token.reason?.message };
    });
    expect(result).toEqual({ messages: ['all of them', 'all of them', 'all of them'], reason: 'all of them' });
  });

  test('signal and CancelToken on one request: whichever fires first wins', async ({ page }) => {
    const result = await inPage(page, async () => {
      const source = axios.CancelToken.source();
      const controller = new AbortController();
      const byToken = axios.get('/api/never', { cancelToken: source.token, signal: controller.signal });
      setTimeout(() => source.cancel('token first'), 30);
      const first = await settle(byToken);
      controller.abort();
      const source2 = axios.CancelToken.source();
      const controller2 = new AbortController();
      const bySignal = axios.get('/api/never', { cancelToken: source2.token, signal: controller2.signal });
      setTimeout(() => controller2.abort(), 30);
      const second = await settle(bySignal);
      source2.cancel('too late');
      // In the same tick the signal wins: a token reports its cancellation a moment later, as in axios.
      const source3 = axios.CancelToken.source();
      const controller3 = new AbortController();
      const sameTick = axios.get('/api/never', { cancelToken: source3.token, signal: controller3.signal });
      await new Promise((resolve) => setTimeout(resolve, 30));
      source3.cancel('token in the same tick');
      controller3.abort();
      const third = await settle(sameTick);
      return [first.error.message, second.error.message, second.error.code, third.error.message];
    });
    expect(result).toEqual(['token first', 'canceled', 'ERR_CANCELED', 'canceled']);
  });

  test('a completed request is not affected by a later cancel', async ({ page }) => {
    const result = await inPage(page, async () => {
      const controller = new AbortController();
      const source = axios.CancelToken.source();
      const response = await axios.get('/api/echo', { signal: controller.signal, cancelToken: source.token });
      controller.abort();
      source.cancel('late');
      await new Promise((resolve) => setTimeout(resolve, 20));
      return response.status;
    });
    expect(result).toBe(200);
  });
});
