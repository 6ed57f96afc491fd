import { describe, expect, it } from 'vitest';
import { CancelToken } from '../../src/cancel/CancelToken';
import { CanceledError } from '../../src/cancel/CanceledError';
import { isCancel } from '../../src/cancel/isCancel';
import { ref, run, LIBS, lib, attempt } from './helpers';

const Tokens: Record<string, any> = { plume: CancelToken, axios: ref.CancelToken };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CancelToken', () => {
  it('source() gives a token and a cancel function', () => {
    for (const name of LIBS) {
      const { token, cancel } = Tokens[name].source();
      expect(token).toBeInstanceOf(Tokens[name]);
      expect(typeof cancel).toBe('function');
      expect(token.reason).toBeUndefined();
      expect(() => token.throwIfRequested()).not.toThrow();
    }
  });

  it('cancel() sets a CanceledError reason once', () => {
    const { token, cancel } = CancelToken.source();
    cancel('first', { url: '/x' } as any, { r: 1 });
    const reason = token.reason!;
    expect(reason).toBeInstanceOf(CanceledError);
    expect(reason.message).toBe('first');
    expect(reason.code).toBe('ERR_CANCELED');
    expect(reason.config).toEqual({ url: '/x' });
    expect(reason.request).toEqual({ r: 1 });
    cancel('second');
    expect(token.reason).toBe(reason);
    expect(attempt(() => token.throwIfRequested())).toEqual({ threw: { name: 'CanceledError', message: 'first', code: 'ERR_CANCELED' } });
  });

  it('cancel() without a message uses "canceled"', () => {
    for (const name of LIBS) {
      const { token, cancel } = Tokens[name].source();
      cancel();
      expect(token.reason.message).toBe('canceled');
    }
  });

  it('the executor receives cancel synchronously', () => {
    let cancel: any;
    const token = new CancelToken((c) => (cancel = c));
    expect(typeof cancel).toBe('function');
    cancel('now');
    expect(token.reason!.message).toBe('now');
  });

  it('a non-function executor throws a TypeError, as in axios', () => {
    for (const value of [undefined, null, 'x', {}]) {
      expect(attempt(() => new CancelToken(value as any))).toEqual(attempt(() => new (ref.CancelToken as any)(value)));
      expect(attempt(() => new CancelToken(value as any))).toEqual({ threw: { name: 'TypeError', message: 'executor must be a function.', code: undefined } });
    }
  });

  it('listeners run on cancel, last subscribed first, as in axios', async () => {
    const order: Record<string, any[]> = {};
    for (const name of LIBS) {
      const log: any[] = (order[name] = []);
      const { token, cancel } = Tokens[name].source();
      token.subscribe((r: any) => log.push(['a', r.message]));
      token.subscribe((r: any) => log.push(['b', r.message]));
      token.subscribe((r: any) => log.push(['c', r.message]));
      cancel('why');
      log.push('after cancel');
      await tick();
    }
    expect(order.plume).toEqual(order.axios);
    expect(order.plume).toEqual(['after cancel', ['c', 'why'], ['b', 'why'], ['a', 'why']]);
  });

  it('subscribing after cancel calls the listener at once', () => {
    for (const name of LIBS) {
      const { token, cancel } = Tokens[name].source();
      cancel('done');
      const seen: any[] = [];
      token.subscribe((r: any) => seen.push(r.message));
      expect(seen).toEqual(['done']);
    }
  });

  it('unsubscribe removes a listener; unknown listeners are ignored', async () => {
    for (const name of LIBS) {
      const { token, cancel } = Tokens[name].source();
      const seen: string[] = [];
      const a = () => seen.push('a');
      const b = () => seen.push('b');
      token.unsubscribe(a);
      token.subscribe(a);
      token.subscribe(b);
      token.unsubscribe(a);
      token.unsubscribe(() => {});
      cancel();
      await tick();
      expect([name, seen]).toEqual([name, ['b']]);
    }
  });

  it('promise.then(fn) is called with the reason', async () => {
    for (const name of LIBS) {
      const { token, cancel } = Tokens[name].source();
      const seen: any[] = [];
      const chained = token.promise.then((r: any) => (seen.push(r.message), 'returned'));
      cancel('m');
      expect(await chained).toBe('returned');
      expect(seen).toEqual(['m']);
    }
  });

  it('promise.then(fn).cancel() unsubscribes fn', async () => {
    for (const name of LIBS) {
      const { token, cancel } = Tokens[name].source();
      const seen: any[] = [];
      const p = token.promise.then(() => seen.push('called'));
      expect(typeof p.cancel).toBe('function');
      p.cancel();
      cancel();
      await tick();
      expect([name, seen]).toEqual([name, []]);
    }
  });

  it('toAbortSignal aborts with the reason', async () => {
    for (const name of LIBS) {
      const { token, cancel } = Tokens[name].source();
      const signal = token.toAbortSignal();
      expect(signal).toBeInstanceOf(AbortSignal);
      expect(signal.aborted).toBe(false);
      cancel('sig');
      await tick();
      expect(signal.aborted).toBe(true);
      expect(signal.reason).toBe(token.reason);
    }
  });

  it('toAbortSignal of an already cancelled token is aborted at once', () => {
    const { token, cancel } = CancelToken.source();
    cancel('early');
    const signal = token.toAbortSignal();
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(token.reason);
  });

  it('signal.unsubscribe() detaches the signal', async () => {
    for (const name of LIBS) {
      const { token, cancel } = Tokens[name].source();
      const signal: any = token.toAbortSignal();
      signal.unsubscribe();
      cancel();
      await tick();
      expect(signal.aborted).toBe(false);
    }
  });
});

describe('cancelling requests', () => {
  it('an already-cancelled token rejects with its reason without calling the adapter', async () => {
    for (const name of LIBS) {
      const { token, cancel } = Tokens[name].source();
      cancel('too late');
      const outcome: any = await run(name, (i) => i.get('/x', { cancelToken: token }));
      expect(outcome.ok).toBe(false);
      expect(outcome.calls).toEqual([]);
      expect(outcome.error).toBe(token.reason);
      expect(lib(name).isCancel(outcome.error)).toBe(true);
      expect(outcome.error.message).toBe('too late');
    }
  });

  it('an aborted signal rejects with a CanceledError without calling the adapter', async () => {
    for (const name of LIBS) {
      const controller = new AbortController();
      controller.abort();
      const outcome: any = await run(name, (i) => i.post('/x', { a: 1 }, { signal: controller.signal }));
      expect(outcome.ok).toBe(false);
      expect(outcome.calls).toEqual([]);
      expect(outcome.error).toBeInstanceOf(lib(name).CanceledError);
      expect([outcome.error.message, outcome.error.code, outcome.error.name]).toEqual(['canceled', 'ERR_CANCELED', 'CanceledError']);
      expect(outcome.error.config.url).toBe('/x');
    }
  });

  it('a token cancelled in a request interceptor stops the request', async () => {
    for (const name of LIBS) {
      const { token, cancel } = Tokens[name].source();
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use((config: any) => (cancel('in interceptor'), config));
        return instance.get('/x', { cancelToken: token });
      });
      expect([name, outcome.ok, outcome.calls.length, outcome.error && outcome.error.message]).toEqual([name, false, 0, 'in interceptor']);
    }
  });

  it('cancelling while the adapter runs rejects the resolved response with the CanceledError', async () => {
    for (const name of LIBS) {
      const { token, cancel } = Tokens[name].source();
      const adapter = (config: any) =>
        new Promise((resolve) => {
          cancel('mid-flight');
          resolve({ data: '{"a":1}', status: 200, statusText: 'OK', headers: {}, config, request: {} });
        });
      const error: any = await lib(name).create({ adapter }).get('/x', { cancelToken: token }).catch((e: any) => e);
      expect(isCancel(error)).toBe(true);
      expect(error.message).toBe('mid-flight');
    }
  });

  it('aborting while the adapter runs rejects an adapter error with a CanceledError instead', async () => {
    for (const name of LIBS) {
      const controller = new AbortController();
      const adapter = () =>
        new Promise((_resolve, reject) => {
          controller.abort();
          reject(new Error('network down'));
        });
      const error: any = await lib(name).create({ adapter }).get('/x', { signal: controller.signal }).catch((e: any) => e);
      expect([name, error.name, error.message]).toEqual([name, 'CanceledError', 'canceled']);
    }
  });

  it('a CanceledError from the adapter passes through untouched', async () => {
    for (const name of LIBS) {
      const reason = new (lib(name).CanceledError)('adapter cancelled');
      const adapter = () => Promise.reject(reason);
      const error: any = await lib(name).create({ adapter }).get('/x').catch((e: any) => e);
      expect(error).toBe(reason);
    }
  });
});
