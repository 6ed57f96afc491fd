import { describe, expect, it } from 'vitest';
import { InterceptorManager } from '../../src/core/InterceptorManager';
import RefInterceptorManager from 'axios-reference/unsafe/core/InterceptorManager.js';
import { run, LIBS, lib, type Lib } from './helpers';

/** Run a scenario with both libraries; its results must be equal, and are returned as plume's. */
async function same(scenario: (name: Lib, log: any[]) => Promise<any>) {
  const results: any = {};
  for (const name of LIBS) {
    const log: any[] = [];
    let value: any;
    try {
      value = await scenario(name, log);
    } catch (error: any) {
      value = { threw: error && error.message };
    }
    results[name] = { log, value };
  }
  expect(results.plume).toEqual(results.axios);
  return results.plume;
}

const Managers: Record<Lib, any> = { plume: InterceptorManager, axios: RefInterceptorManager };

const tagRequest = (log: any[], tag: string) => (config: any) => {
  log.push('req ' + tag);
  config.headers.set('X-Trail', (config.headers.get('X-Trail') || '') + tag);
  return config;
};
const tagResponse = (log: any[], tag: string) => (response: any) => {
  log.push('res ' + tag);
  response.data = (response.data || '') + tag;
  return response;
};

describe('interceptor order', () => {
  it('request: last added first (legacy default); response: first added first', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(tagRequest(log, 'A'));
        instance.interceptors.request.use(tagRequest(log, 'B'));
        instance.interceptors.response.use(tagResponse(log, '1'));
        instance.interceptors.response.use(tagResponse(log, '2'));
        return instance.get('/x');
      }, {}, { data: '' });
      return [outcome.calls[0].headers['X-Trail'], outcome.response.data];
    });
    expect(result).toEqual({ log: ['req B', 'req A', 'res 1', 'res 2'], value: ['BA', '12'] });
  });

  it('legacyInterceptorReqResOrdering: false runs request interceptors in the order added', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(
        name,
        (instance) => {
          instance.interceptors.request.use(tagRequest(log, 'A'));
          instance.interceptors.request.use(tagRequest(log, 'B'));
          return instance.get('/x');
        },
        { transitional: { legacyInterceptorReqResOrdering: false } }
      );
      return outcome.calls[0].headers['X-Trail'];
    });
    expect(result).toEqual({ log: ['req A', 'req B'], value: 'AB' });
  });

  it('the same order for synchronous interceptors', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(tagRequest(log, 'A'), null, { synchronous: true });
        instance.interceptors.request.use(tagRequest(log, 'B'), null, { synchronous: true });
        instance.interceptors.request.use(tagRequest(log, 'C'), null, { synchronous: true });
        return instance.get('/x');
      });
      return outcome.calls[0].headers['X-Trail'];
    });
    expect(result.value).toBe('CBA');
  });
});

describe('InterceptorManager', () => {
  it('use returns increasing ids and stores handlers with their options', async () => {
    await same(async (name) => {
      const m = new Managers[name]();
      const f = () => 1;
      const r = () => 2;
      const runWhen = () => true;
      const ids = [m.use(f, r), m.use(f, null, { synchronous: true, runWhen }), m.use()];
      return [ids, m.handlers.map((h: any) => [h.fulfilled === f, h.rejected === r, h.synchronous, h.runWhen === runWhen, h.runWhen === null])];
    });
  });

  it('eject by id (number or canonical numeric string), trimming trailing holes', async () => {
    const result = await same(async (name) => {
      const m = new Managers[name]();
      const a = m.use(() => 'a');
      const b = m.use(() => 'b');
      const c = m.use(() => 'c');
      const states: any[] = [];
      const names = () => {
        const seen: string[] = [];
        m.forEach((h: any) => seen.push(h.fulfilled()));
        return [seen, m.handlers.length];
      };
      m.eject(String(b));
      states.push(names());
      m.eject(c);
      states.push(names());
      m.eject(null);
      m.eject('');
      m.eject('00');
      m.eject(' 0');
      m.eject(undefined);
      m.eject(99);
      states.push(names());
      m.eject(a);
      states.push(names());
      return states;
    });
    expect(result.value).toEqual([
      [['a', 'c'], 3],
      [['a'], 1],
      [['a'], 1],
      [[], 0],
    ]);
  });

  it('ejecting twice is harmless', async () => {
    await same(async (name) => {
      const m = new Managers[name]();
      const a = m.use(() => 'a');
      const b = m.use(() => 'b');
      m.eject(a);
      m.eject(a);
      const seen: string[] = [];
      m.forEach((h: any) => seen.push(h.fulfilled()));
      return [seen, b];
    });
  });

  it('clear removes everything, and an id from before clear() never ejects a newer interceptor', async () => {
    const result = await same(async (name) => {
      const m = new Managers[name]();
      const old = m.use(() => 'old');
      m.clear();
      const afterClear = m.handlers.length;
      const fresh = m.use(() => 'new');
      m.eject(old);
      const seen: string[] = [];
      m.forEach((h: any) => seen.push(h.fulfilled()));
      return [afterClear, seen, fresh !== old];
    });
    expect(result.value).toEqual([0, ['new'], true]);
  });

  it('clear on an instance then use: the old id does not eject through a request', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        const old = instance.interceptors.request.use(tagRequest(log, 'old'));
        instance.interceptors.request.clear();
        instance.interceptors.request.use(tagRequest(log, 'new'));
        instance.interceptors.request.eject(old);
        return instance.get('/x');
      });
      return outcome.calls[0].headers['X-Trail'];
    });
    expect(result.value).toBe('new');
  });

  it('handlers set to null by user code are tolerated', async () => {
    await same(async (name) => {
      const m = new Managers[name]();
      m.handlers = null;
      m.clear();
      const seen: any[] = [];
      m.forEach((h: any) => seen.push(h));
      const id = m.use(() => 'x');
      m.eject(id);
      return [seen, m.handlers.length];
    });
  });

  it('an interceptor ejected while the request chain is being built does not break the chain', async () => {
    await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        let idB: any;
        instance.interceptors.request.use(tagRequest(log, 'A'));
        idB = instance.interceptors.request.use((config: any) => {
          instance.interceptors.request.eject(idB);
          return tagRequest(log, 'B')(config);
        });
        return instance.get('/x').then(() => instance.get('/y'));
      });
      return outcome.calls.map((c: any) => c.headers['X-Trail']);
    });
  });
});

describe('synchronous request interceptors', () => {
  /** Whether the adapter ran only after the caller's next statement (true), not in the same tick (false). */
  const calledLater = (install: (request: any) => void) =>
    same(async (name) => {
      let flag = false;
      let flagInAdapter: boolean | undefined;
      const instance = lib(name).create({
        adapter: (config: any) => {
          flagInAdapter = flag;
          return Promise.resolve({ data: '', status: 200, statusText: 'OK', headers: {}, config, request: {} });
        },
      });
      install(instance.interceptors.request);
      const promise = instance.get('/x');
      flag = true;
      await promise;
      return flagInAdapter;
    });
  const timing = (options?: any, count = 1) =>
    calledLater((request) => {
      for (let i = 0; i < count; i++) request.use((config: any) => config, null, options);
    });

  it('with no interceptors the adapter is called in the same tick', async () => {
    expect((await timing(undefined, 0)).value).toBe(false);
  });

  it('with only synchronous interceptors the adapter is called in the same tick', async () => {
    expect((await timing({ synchronous: true }, 2)).value).toBe(false);
  });

  it('with an asynchronous interceptor the adapter is called later', async () => {
    expect((await timing(undefined, 1)).value).toBe(true);
    expect((await timing({ synchronous: false }, 1)).value).toBe(true);
  });

  it('one asynchronous interceptor among synchronous ones makes the chain asynchronous', async () => {
    const result = await calledLater((request) => {
      request.use((c: any) => c, null, { synchronous: true });
      request.use((c: any) => c);
    });
    expect(result.value).toBe(true);
  });

  it('a synchronous interceptor that throws, without onRejected, rejects without calling the adapter', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(tagRequest(log, 'later'), null, { synchronous: true });
        instance.interceptors.request.use(
          () => {
            throw new Error('sync boom');
          },
          null,
          { synchronous: true }
        );
        return instance.get('/x');
      });
      return [outcome.ok, outcome.calls.length, outcome.error.message];
    });
    expect(result).toEqual({ log: [], value: [false, 0, 'sync boom'] });
  });

  it('a synchronous interceptor that throws, recovered by its onRejected: sent with the last good config, later interceptors skipped', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(tagRequest(log, 'skipped'), null, { synchronous: true });
        instance.interceptors.request.use(
          () => {
            throw new Error('sync boom');
          },
          (error: any) => log.push('recovered ' + error.message),
          { synchronous: true }
        );
        instance.interceptors.request.use(tagRequest(log, 'first'), null, { synchronous: true });
        return instance.get('/x');
      });
      return [outcome.ok, outcome.calls.map((c: any) => c.headers['X-Trail'])];
    });
    expect(result).toEqual({ log: ['req first', 'recovered sync boom'], value: [true, ['first']] });
  });

  it('a recovered synchronous interceptor still dispatches in the same tick', async () => {
    const result = await calledLater((request) => {
      request.use(
        () => {
          throw new Error('x');
        },
        () => 'recovered',
        { synchronous: true }
      );
    });
    expect(result.value).toBe(false);
  });

  it('a synchronous onRejected that throws rejects with its error', async () => {
    const result = await same(async (name) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(
          () => {
            throw new Error('first');
          },
          () => {
            throw new Error('second');
          },
          { synchronous: true }
        );
        return instance.get('/x');
      });
      return [outcome.ok, outcome.calls.length, outcome.error.message];
    });
    expect(result.value).toEqual([false, 0, 'second']);
  });

  it('a synchronous onRejected returning a rejected promise rejects', async () => {
    const result = await same(async (name) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(
          () => {
            throw new Error('first');
          },
          () => Promise.reject(new Error('async second')),
          { synchronous: true }
        );
        return instance.get('/x');
      });
      return [outcome.ok, outcome.calls.length, outcome.error.message];
    });
    expect(result.value).toEqual([false, 0, 'async second']);
  });
});

describe('runWhen', () => {
  it('skips an interceptor when runWhen returns false, and passes it the merged config', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(tagRequest(log, 'G'), null, {
          runWhen: (config: any) => (log.push('runWhen ' + config.method + ' ' + config.url), config.method === 'get'),
        });
        instance.interceptors.request.use(tagRequest(log, 'P'), null, { runWhen: (config: any) => config.method === 'post' });
        return instance.post('/x', {});
      });
      return outcome.calls[0].headers['X-Trail'];
    });
    expect(result).toEqual({ log: ['runWhen post /x', 'req P'], value: 'P' });
  });

  it('only a strict false skips', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(tagRequest(log, 'U'), null, { runWhen: () => undefined });
        instance.interceptors.request.use(tagRequest(log, 'Z'), null, { runWhen: () => 0 });
        instance.interceptors.request.use(tagRequest(log, 'F'), null, { runWhen: () => false });
        instance.interceptors.request.use(tagRequest(log, 'N'), null, { runWhen: 'not a function' });
        return instance.get('/x');
      });
      return outcome.calls[0].headers['X-Trail'];
    });
    expect(result.value).toBe('NZU');
  });

  it('a skipped asynchronous interceptor does not make the chain asynchronous', async () => {
    const result = await same(async (name) => {
      let flag = false;
      let flagInAdapter: boolean | undefined;
      const instance = lib(name).create({
        adapter: (config: any) => {
          flagInAdapter = flag;
          return Promise.resolve({ data: '', status: 200, statusText: 'OK', headers: {}, config, request: {} });
        },
      });
      instance.interceptors.request.use((c: any) => c, null, { runWhen: () => false });
      instance.interceptors.request.use((c: any) => c, null, { synchronous: true });
      const promise = instance.get('/x');
      flag = true;
      await promise;
      return flagInAdapter;
    });
    expect(result.value).toBe(false);
  });
});

describe('errors and recovery', () => {
  it('a request interceptor that throws skips the adapter and reaches the response error handlers', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(() => {
          throw new Error('req boom');
        });
        instance.interceptors.response.use(null, (error: any) => {
          log.push('response onRejected ' + error.message);
          throw error;
        });
        return instance.get('/x');
      });
      return [outcome.ok, outcome.calls.length, outcome.error.message];
    });
    expect(result).toEqual({ log: ['response onRejected req boom'], value: [false, 0, 'req boom'] });
  });

  it('the next request interceptor onRejected can recover with a config', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        let saved: any;
        instance.interceptors.request.use(tagRequest(log, 'A'), (error: any) => {
          log.push('A recovers ' + error.message);
          saved.headers.set('X-Recovered', '1');
          saved.url = '/recovered';
          return saved;
        });
        instance.interceptors.request.use(() => {
          throw new Error('B failed');
        });
        instance.interceptors.request.use((config: any) => (saved = config));
        return instance.get('/x');
      });
      return [outcome.ok, outcome.calls.map((c: any) => [c.url, c.method, c.headers['X-Recovered']])];
    });
    expect(result).toEqual({ log: ['A recovers B failed'], value: [true, [['/recovered', 'get', '1']]] });
  });

  it('a response onRejected can turn an adapter failure into a response', async () => {
    const result = await same(async (name) => {
      const instance = lib(name).create({ adapter: () => Promise.reject(new Error('network')) });
      instance.interceptors.response.use(null, (error: any) => ({ data: 'fallback for ' + error.message, status: 299 }));
      const response = await instance.get('/x');
      return [response.data, response.status];
    });
    expect(result.value).toEqual(['fallback for network', 299]);
  });

  it('a response interceptor that throws rejects the request, and later onRejected handlers see it', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.response.use(() => {
          throw new Error('res boom');
        });
        instance.interceptors.response.use(
          () => log.push('not called'),
          (error: any) => {
            log.push('second sees ' + error.message);
            return Promise.reject(error);
          }
        );
        return instance.get('/x');
      });
      return [outcome.ok, outcome.error.message];
    });
    expect(result).toEqual({ log: ['second sees res boom'], value: [false, 'res boom'] });
  });

  it('an interceptor without fulfilled passes values through', async () => {
    const result = await same(async (name) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(null, () => null);
        instance.interceptors.response.use(undefined);
        return instance.get('/x');
      }, {}, { data: '{"v":1}' });
      return outcome.response.data;
    });
    expect(result.value).toEqual({ v: 1 });
  });
});

describe('asynchronous interceptors', () => {
  it('request and response interceptors may return promises', async () => {
    const result = await same(async (name, log) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(async (config: any) => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          log.push('async request');
          config.headers.set('X-Async', 'yes');
          config.params = { added: 1 };
          return config;
        });
        instance.interceptors.response.use(
          (response: any) =>
            new Promise((resolve) => {
              log.push('async response');
              resolve({ ...response, data: { wrapped: response.data } });
            })
        );
        return instance.get('/x');
      }, {}, { data: '{"v":1}' });
      return [outcome.calls[0].headers['X-Async'], outcome.calls[0].config.params, outcome.response.data];
    });
    expect(result).toEqual({ log: ['async request', 'async response'], value: ['yes', { added: 1 }, { wrapped: { v: 1 } }] });
  });

  it('an interceptor may return a fresh plain object as the config', async () => {
    const result = await same(async (name) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use((config: any) => ({ ...config, url: '/replaced', headers: { 'X-Fresh': '1' } }));
        return instance.post('/x', { a: 1 });
      });
      const call = outcome.calls[0];
      return [call.url, call.method, call.headers, call.data];
    });
    expect(result.value).toEqual(['/replaced', 'post', { 'X-Fresh': '1', 'Content-Type': 'application/json' }, '{"a":1}']);
  });

  it('a rejected promise from a request interceptor rejects the request', async () => {
    const result = await same(async (name) => {
      const outcome: any = await run(name, (instance) => {
        instance.interceptors.request.use(() => Promise.reject(new Error('async no')));
        return instance.get('/x');
      });
      return [outcome.ok, outcome.calls.length, outcome.error.message];
    });
    expect(result.value).toEqual([false, 0, 'async no']);
  });
});
