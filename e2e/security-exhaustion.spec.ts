import { test, expect, inPage, ADAPTERS } from './security-support';

// Resource exhaustion. Every helper that scans input must be linear: each
// input below is sized so that a quadratic scan (a backtracking regex such as
// /[ \t]+$/ or /\/+$/, or a loop that rescans what it has already seen) takes
// seconds, while a linear one takes a few milliseconds. Times are measured in
// the page around the public API call. Deep or cyclic structures must end in
// an AxiosError with a clear code, never in a stack overflow.

/** The budget for one helper call on one hostile input. */
const BUDGET_MS = 200;
/** Long runs: 30k characters. Quadratic backtracking on them takes 1-3 s (Firefox) where linear code takes < 5 ms. */
const N = 30_000;
/** Many entries: a loop that rescans what it has seen is ~N²/2 steps: 5,000 entries is seconds. */
const ENTRIES = 5_000;

/** The results and the calls over budget, in one assertion: a failure shows both. */
const overBudget = (times: Record<string, number>) =>
  Object.fromEntries(Object.entries(times).filter(([, ms]) => ms > BUDGET_MS));

test.describe('security: resource exhaustion', () => {
  test('linear: header values, raw header blocks and header parameters', { tag: '@build' }, async ({ page }) => {
    const result = await inPage(
      page,
      ({ N, ENTRIES }) => {
        const times: Record<string, number> = {};
        const values: Record<string, unknown> = {};
        // The better of two runs: a garbage collection pause is not a quadratic scan.
        const time = (name: string, fn: () => unknown) => {
          for (let run = 0; run < 2; run++) {
            const started = performance.now();
            values[name] = fn();
            times[name] = Math.min(times[name] ?? Infinity, Math.round(performance.now() - started));
          }
        };
        const { AxiosHeaders } = axios;
        const spaces = ' '.repeat(N);
        time('value: spaces inside', () => new AxiosHeaders({ 'X-A': 'a' + spaces + 'b' }).get('X-A') === 'a' + spaces + 'b');
        time('value: spaces and tabs around', () => new AxiosHeaders({ 'X-A': spaces + '\t'.repeat(N) + 'a' + spaces + '\t' }).get('X-A'));
        // Trimmed (a space at the end) with a long run inside: /[ \t]+$/ rescans the run from each of its spaces.
        time('value: spaces inside, then one at the end', () => new AxiosHeaders({ 'X-A': 'a' + spaces + 'b ' }).get('X-A') === 'a' + spaces + 'b');
        time('value: controls inside', () => (new AxiosHeaders({ 'X-A': 'a' + '\r\n'.repeat(N) + 'b' }).get('X-A') as string).length);
        time('raw block: spaces before the colon', () => AxiosHeaders.from('x-a' + spaces + ': 1').get('x-a'));
        time('raw block: one long line without a colon', () => Object.keys(AxiosHeaders.from('x'.repeat(N) + ' y')).length);
        time('raw block: blank lines', () => AxiosHeaders.from('\r\n'.repeat(N) + 'x-a: 1').get('x-a'));
        time('raw block: the same header repeated', () =>
          (AxiosHeaders.from(Array.from({ length: ENTRIES }, () => 'x-a: 1').join('\r\n')).get('x-a') as string).length
        );
        time(`raw block: ${ENTRIES} distinct headers`, () =>
          Object.keys(AxiosHeaders.from(Array.from({ length: ENTRIES }, (_, i) => `x-h${i}: ${i}`).join('\r\n'))).length
        );
        const many: Record<string, string> = {};
        for (let i = 0; i < ENTRIES; i++) many['X-Name-' + i] = String(i);
        time(`object: ${ENTRIES} distinct headers`, () => Object.keys(new AxiosHeaders(many)).length);
        time(`normalize(true): ${ENTRIES} distinct headers`, () => Object.keys(new AxiosHeaders(many).normalize(true)).length);
        time('get(name, true): many ";" and "="', () => Object.keys(new AxiosHeaders({ 'X-A': 'a=' + ';='.repeat(N / 2) }).get('X-A', true) as any).length);
        time('get(name, true): a long token', () => Object.keys(new AxiosHeaders({ 'X-A': 'a'.repeat(N) + ' ' }).get('X-A', true) as any).length);
        time('parseParameters: many parameters', () => Object.keys(AxiosHeaders.parseParameters('form-data' + '; a=b'.repeat(N / 5))).length);
        time('parseParameters: an unterminated quote', () => (AxiosHeaders.parseParameters('form-data; name="' + '\\"'.repeat(N / 2)).name as string).length);
        time('parseParameters: spaces around "="', () => AxiosHeaders.parseParameters('form-data; name' + spaces + '=' + spaces + 'x').name);
        return { times, values };
      },
      { N, ENTRIES }
    );
    expect({ values: result.values, overBudget: overBudget(result.times) }).toEqual({
      overBudget: {},
      values: {
        'value: spaces inside': true,
        'value: spaces and tabs around': 'a',
        'value: spaces inside, then one at the end': true,
        'value: controls inside': 2,
        'raw block: spaces before the colon': '1',
        'raw block: one long line without a colon': 0,
        'raw block: blank lines': '1',
        'raw block: the same header repeated': ENTRIES * 3 - 2,
        [`raw block: ${ENTRIES} distinct headers`]: ENTRIES,
        [`object: ${ENTRIES} distinct headers`]: ENTRIES,
        [`normalize(true): ${ENTRIES} distinct headers`]: ENTRIES,
        'get(name, true): many ";" and "="': 1,
        'get(name, true): a long token': 1,
        'parseParameters: many parameters': 1,
        // Not one well-formed quoted string: kept as it came.
        'parseParameters: an unterminated quote': N + 1,
        'parseParameters: spaces around "="': 'x',
      },
    });
  });

  test('linear: response headers read from the wire (long values, many parameters)', { tag: '@fetch-adapter' }, async ({ page }) => {
    const result = await inPage(
      page,
      async ({ adapters }) => {
        const rows: any = {};
        // The query string is capped by the server's header size (16 KB).
        const long = 'a' + ' '.repeat(5000) + 'b';
        const params = 'form-data' + '; p=q'.repeat(500);
        for (const adapter of adapters) {
          const started = performance.now();
          const response = await axios.get('/api/headers', { adapter, params: { 'X-Long': long, 'X-Params': params } });
          const parsed = axios.AxiosHeaders.parseParameters(response.headers['x-params'] as string);
          const tokens = response.headers.get('x-params', true) as any;
          rows[adapter] = {
            long: response.headers['x-long'] === long,
            parameters: Object.keys(parsed),
            tokens: Object.keys(tokens).length,
            ms: Math.round(performance.now() - started),
          };
        }
        return rows;
      },
      { adapters: [...ADAPTERS] }
    );
    for (const adapter of ADAPTERS) {
      expect(result[adapter]).toMatchObject({ long: true, parameters: ['p'], tokens: 2 });
      expect(result[adapter].ms).toBeLessThan(1000);
    }
  });

  test('linear: URL joining and checking (runs of "/", spaces, "?")', { tag: '@build' }, async ({ page }) => {
    const result = await inPage(
      page,
      ({ N }) => {
        const times: Record<string, number> = {};
        const values: Record<string, unknown> = {};
        // The better of two runs: a garbage collection pause is not a quadratic scan.
        const time = (name: string, fn: () => unknown) => {
          for (let run = 0; run < 2; run++) {
            const started = performance.now();
            try {
              values[name] = fn();
            } catch (error: any) {
              values[name] = 'threw ' + (axios.isAxiosError(error) ? error.code : error && error.name);
            }
            times[name] = Math.min(times[name] ?? Infinity, Math.round(performance.now() - started));
          }
        };
        const slashes = '/'.repeat(N);
        time('baseURL: a run of "/" inside', () => axios.getUri({ baseURL: 'http://h.test/' + slashes + 'x', url: 'y' }).length);
        time('baseURL: a run of "/" at the end', () => axios.getUri({ baseURL: 'http://h.test/x' + slashes, url: 'y' }));
        time('url: a run of "/" then a letter', () => axios.getUri({ baseURL: 'http://h.test', url: slashes + 'y' }).length);
        time('url: spaces before a malformed scheme', () => axios.getUri({ url: ' '.repeat(N) + 'https:evil.test' }));
        time('url: a malformed scheme and many "?"', () => axios.getUri({ url: 'https:evil.test/' + '?'.repeat(N) }));
        time('url: a malformed scheme and many "&"', () => axios.getUri({ url: 'https:evil.test/?' + 'a&'.repeat(N / 2) }));
        time('url: a malformed scheme and tabs', () => axios.getUri({ url: 'ht' + '\t'.repeat(N) + 'tps:evil.test' }));
        time('url: a long scheme-like prefix', () => axios.getUri({ baseURL: 'http://h.test', url: 'a'.repeat(N) + '//x' }).length);
        time('params: a long value', () => axios.getUri({ url: '/x', params: { q: ' '.repeat(N) + '&#' } }).length);
        time('toJSON: a URL with a long authority', () => {
          const error = new axios.AxiosError('x', 'E', { url: 'http://' + 'a:'.repeat(N / 2) + '@h.test/', baseURL: 'http:' + slashes + 'a' } as any);
          return JSON.stringify(error.toJSON()).includes('a:a:');
        });
        return { times, values };
      },
      { N }
    );
    expect({ values: result.values, overBudget: overBudget(result.times) }).toEqual({
      overBudget: {},
      values: {
        'baseURL: a run of "/" inside': 'http://h.test/'.length + N + 'x/y'.length,
        'baseURL: a run of "/" at the end': 'http://h.test/x/y',
        // "//..." is protocol-relative, so absolute: kept as it is.
        'url: a run of "/" then a letter': N + 1,
        'url: spaces before a malformed scheme': 'threw ERR_INVALID_URL',
        'url: a malformed scheme and many "?"': 'threw ERR_INVALID_URL',
        'url: a malformed scheme and many "&"': 'threw ERR_INVALID_URL',
        'url: a malformed scheme and tabs': 'threw ERR_INVALID_URL',
        'url: a long scheme-like prefix': 'http://h.test/'.length + N + '//x'.length,
        'params: a long value': '/x?q='.length + N + '%26%23'.length,
        'toJSON: a URL with a long authority': false,
      },
    });
  });

  test('linear: reading the XSRF cookie from a jar of long cookies', { tag: '@fetch-adapter' }, async ({ page }) => {
    const result = await inPage(
      page,
      async ({ adapters }) => {
        // 100 cookies of ~4 KB (the per-cookie limit), each a long run of spaces
        // between two letters: ~400 KB of document.cookie to scan. Their path is
        // this page's directory, so requests to /api do not carry them.
        for (let i = 0; i < 100; i++) document.cookie = `c${i}=a${' '.repeat(3900)}b; path=/e2e/`;
        document.cookie = 'XSRF-TOKEN=tok-jar; path=/';
        const jarSize = document.cookie.length;
        const rows: any = { jarSize };
        for (const adapter of adapters) {
          for (const name of ['XSRF-TOKEN', 'missing', 'c99']) {
            const started = performance.now();
            const { data } = await axios.get('/api/echo', { adapter, xsrfCookieName: name, xsrfHeaderName: 'X-Jar' });
            rows[`${adapter} ${name}`] = { header: (data.headers['x-jar'] ?? null)?.length ?? null, ms: Math.round(performance.now() - started) };
          }
        }
        return rows;
      },
      { adapters: [...ADAPTERS] }
    );
    expect(result.jarSize).toBeGreaterThan(390_000);
    for (const adapter of ADAPTERS) {
      // 'tok-jar' is 7 characters; c99 is 'a' + 3900 spaces + 'b' (3902).
      expect(result[`${adapter} XSRF-TOKEN`].header).toBe(7);
      expect(result[`${adapter} missing`].header).toBeNull();
      expect(result[`${adapter} c99`].header).toBe(3902);
      for (const name of ['XSRF-TOKEN', 'missing', 'c99']) expect(result[`${adapter} ${name}`].ms).toBeLessThan(BUDGET_MS * 2);
    }
  });

  test('linear: formToJSON field names (brackets without ends, dots, repeated names)', { tag: '@build' }, async ({ page }) => {
    const result = await inPage(
      page,
      ({ N, ENTRIES }) => {
        const times: Record<string, number> = {};
        const values: Record<string, unknown> = {};
        const time = (name: string, entries: Array<[string, string]>) => {
          const form = new FormData();
          for (const [key, value] of entries) form.append(key, value);
          // The better of two runs: a garbage collection pause is not a quadratic scan.
          for (let run = 0; run < 2; run++) {
            const started = performance.now();
            try {
              const json: any = axios.formToJSON(form);
              values[name] = JSON.stringify(json).length;
            } catch (error: any) {
              values[name] = 'threw ' + (axios.isAxiosError(error) ? error.code : error && error.name);
            }
            times[name] = Math.min(times[name] ?? Infinity, Math.round(performance.now() - started));
          }
        };
        time('"[" without "]"', [['['.repeat(N) + 'a', 'v']]);
        time('"a[" then "[" without "]"', [['a' + '['.repeat(N), 'v']]);
        time('"]" runs', [['a' + ']'.repeat(N), 'v']]);
        time('too deep by "[x" runs', [['a' + '[x'.repeat(N / 2), 'v']]);
        time('dots only', [['.'.repeat(N), 'v']]);
        time('too deep by dots', [['a' + '.b'.repeat(N / 2), 'v']]);
        time('too deep by brackets', [['a' + '[b]'.repeat(N / 3), 'v']]);
        time(`${ENTRIES} times the same name`, Array.from({ length: ENTRIES }, () => ['a', 'v'] as [string, string]));
        time(`${ENTRIES} times the same name[]`, Array.from({ length: ENTRIES }, () => ['a[]', 'v'] as [string, string]));
        time(`${ENTRIES} indexed names`, Array.from({ length: ENTRIES }, (_, i) => [`a[${i}]`, 'v'] as [string, string]));
        time(`${ENTRIES} sparse indexes`, Array.from({ length: ENTRIES }, (_, i) => [`a[${i * 1000}]`, 'v'] as [string, string]));
        time(`${ENTRIES} nested names`, Array.from({ length: ENTRIES }, (_, i) => [`a[b${i}][c]`, 'v'] as [string, string]));
        return { times, values };
      },
      { N, ENTRIES }
    );
    const length = (value: unknown) => JSON.stringify(value).length;
    const range = Array.from({ length: ENTRIES }, (_, i) => i);
    expect({ values: result.values, overBudget: overBudget(result.times) }).toEqual({
      overBudget: {},
      values: {
        // Brackets that never close are not path syntax: the name is what is left.
        '"[" without "]"': length({ a: 'v' }),
        '"a[" then "[" without "]"': length({ a: 'v' }),
        '"]" runs': length({ a: 'v' }),
        'too deep by "[x" runs': 'threw ERR_FORM_DATA_DEPTH_EXCEEDED',
        // No segment at all: axios 1.21.1 also stores it under "undefined".
        'dots only': length({ undefined: 'v' }),
        'too deep by dots': 'threw ERR_FORM_DATA_DEPTH_EXCEEDED',
        'too deep by brackets': 'threw ERR_FORM_DATA_DEPTH_EXCEEDED',
        [`${ENTRIES} times the same name`]: length({ a: range.map(() => 'v') }),
        [`${ENTRIES} times the same name[]`]: length({ a: range.map(() => 'v') }),
        [`${ENTRIES} indexed names`]: length({ a: range.map(() => 'v') }),
        [`${ENTRIES} sparse indexes`]: length({ a: Object.fromEntries(range.map((i) => [String(i * 1000), 'v'])) }),
        [`${ENTRIES} nested names`]: length({ a: Object.fromEntries(range.map((i) => ['b' + i, { c: 'v' }])) }),
      },
    });
  });

  test('deep or cyclic params, data, toFormData and formToJSON reject with a clear AxiosError code', { tag: '@fetch-adapter' }, async ({ page }) => {
    const result = await inPage(
      page,
      async ({ adapters }) => {
        const deepObject = (depth: number) => {
          let value: any = { leaf: 1 };
          for (let i = 0; i < depth; i++) value = { a: value };
          return value;
        };
        const deepArray = (depth: number) => {
          let value: any = ['leaf'];
          for (let i = 0; i < depth; i++) value = [value];
          return value;
        };
        const cyclicObject = () => {
          const value: any = { a: { b: {} } };
          value.a.b.back = value;
          return value;
        };
        const cyclicArray = () => {
          const value: any[] = ['x'];
          value.push(value);
          return value;
        };
        const describe = (error: any) =>
          axios.isAxiosError(error)
            ? error.code
            : 'not an AxiosError: ' + (error && error.name) + ': ' + String(error && error.message).split('\n')[0];
        const outcome = async (run: () => Promise<unknown>) => {
          try {
            await run();
            return 'resolved';
          } catch (error) {
            return describe(error);
          }
        };
        const sync = (run: () => unknown) => {
          try {
            run();
            return 'returned';
          } catch (error) {
            return describe(error);
          }
        };
        const rows: any = {};
        for (const adapter of adapters) {
          const get = (params: any) => () => axios.get('/api/echo', { adapter, params });
          const post = (data: any, type?: string) => () =>
            axios.post('/api/echo', data, { adapter, headers: type ? { 'Content-Type': type } : {} });
          rows[adapter] = {
            'params: 100,000 nested objects': await outcome(get(deepObject(100_000))),
            'params: 100,000 nested arrays': await outcome(get({ list: deepArray(100_000) })),
            'params: a cyclic object': await outcome(get(cyclicObject())),
            'params: a cyclic array': await outcome(get({ list: cyclicArray() })),
            'data (JSON): a cyclic object': await outcome(post(cyclicObject())),
            'data (multipart): 100,000 nested objects': await outcome(post(deepObject(100_000), 'multipart/form-data')),
            'data (multipart): a cyclic object': await outcome(post(cyclicObject(), 'multipart/form-data')),
            'data (multipart): a cyclic array': await outcome(post({ list: cyclicArray() }, 'multipart/form-data')),
            'data (multipart): 100,000 levels under a {} key': await outcome(post({ 'meta{}': deepObject(100_000) }, 'multipart/form-data')),
            'data (multipart): a cycle under a {} key': await outcome(post({ 'meta{}': cyclicObject() }, 'multipart/form-data')),
            'data (urlencoded): 100,000 nested objects': await outcome(post(deepObject(100_000), 'application/x-www-form-urlencoded')),
            'data (urlencoded): a cyclic object': await outcome(post(cyclicObject(), 'application/x-www-form-urlencoded')),
          };
        }
        const form = (name: string) => {
          const data = new FormData();
          data.append(name, 'v');
          return data;
        };
        rows.statics = {
          'toFormData: 100,000 nested objects': sync(() => axios.toFormData(deepObject(100_000))),
          'toFormData: 100,000 nested arrays': sync(() => axios.toFormData({ list: deepArray(100_000) })),
          'toFormData: a cyclic object': sync(() => axios.toFormData(cyclicObject())),
          'toFormData: a cyclic array': sync(() => axios.toFormData({ list: cyclicArray() })),
          'formToJSON: a name 10,000 brackets deep': sync(() => axios.formToJSON(form('a' + '[b]'.repeat(10_000)))),
          'formToJSON: a name 10,000 dots deep': sync(() => axios.formToJSON(form('a' + '.b'.repeat(10_000)))),
          'formToJSON: a name 10,000 "[]" deep': sync(() => axios.formToJSON(form('a' + '[]'.repeat(10_000)))),
        };
        return rows;
      },
      { adapters: [...ADAPTERS] }
    );
    const DEPTH = 'ERR_FORM_DATA_DEPTH_EXCEEDED';
    const CYCLE = 'ERR_BAD_OPTION_VALUE';
    const perAdapter = {
      'params: 100,000 nested objects': DEPTH,
      'params: 100,000 nested arrays': DEPTH,
      'params: a cyclic object': CYCLE,
      'params: a cyclic array': CYCLE,
      // JSON bodies have no depth limit of their own (Chromium serializes a million levels):
      // what cannot be serialized is a bad option.
      'data (JSON): a cyclic object': CYCLE,
      'data (multipart): 100,000 nested objects': DEPTH,
      'data (multipart): a cyclic object': CYCLE,
      'data (multipart): a cyclic array': CYCLE,
      // axios 1.21.1 serializes "{}" keys under the same depth limit (stringifyWithDepthLimit).
      'data (multipart): 100,000 levels under a {} key': DEPTH,
      'data (multipart): a cycle under a {} key': CYCLE,
      'data (urlencoded): 100,000 nested objects': DEPTH,
      'data (urlencoded): a cyclic object': CYCLE,
    };
    expect(result).toEqual({
      xhr: perAdapter,
      fetch: perAdapter,
      statics: {
        'toFormData: 100,000 nested objects': DEPTH,
        'toFormData: 100,000 nested arrays': DEPTH,
        'toFormData: a cyclic object': CYCLE,
        'toFormData: a cyclic array': CYCLE,
        'formToJSON: a name 10,000 brackets deep': DEPTH,
        'formToJSON: a name 10,000 dots deep': DEPTH,
        'formToJSON: a name 10,000 "[]" deep': DEPTH,
      },
    });
  });
});
