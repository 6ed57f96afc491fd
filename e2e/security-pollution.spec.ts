import { test, expect, inPage, ADAPTERS, CROSS_ORIGIN } from './security-support';

// Prototype pollution. A value planted on Object.prototype (by some other
// code's unsafe merge) must never become a request option, a header, a
// transform or an adapter: requests behave exactly as on a clean page. And
// plume itself must never write to a prototype, whatever keys its input has.

test.describe('security: prototype pollution', { tag: '@fetch-adapter' }, () => {
  test('with Object.prototype polluted, key by key and all at once, requests behave exactly as without it', async ({ page }) => {
    test.setTimeout(60_000);
    const result = await inPage(
      page,
      async ({ cross, adapters }) => {
        const proto = Object.prototype as any;
        const hasOwn = (object: any, key: PropertyKey) => object != null && Object.prototype.hasOwnProperty.call(object, key);
        const own = (object: any, key: PropertyKey) => (hasOwn(object, key) ? object[key] : undefined);
        document.cookie = 'session=s1; path=/';

        // Every polluted function records that it ran.
        const called: string[] = [];
        const evil = (name: string, result?: unknown) =>
          function () {
            called.push(name);
            return result;
          };
        const evilAdapter = () => Promise.resolve({ data: 'evil adapter', status: 200, statusText: 'OK', headers: {}, config: {}, request: {} });
        const cancelled = axios.CancelToken.source();
        cancelled.cancel('evil');
        const pollution: Record<string, unknown> = {
          // Where the request goes, and how.
          baseURL: cross + '/api/status/500?',
          url: '/api/status/500',
          method: 'delete',
          allowAbsoluteUrls: false,
          params: { evil: '1' },
          paramsSerializer: { serialize: evil('paramsSerializer', 'evil=1') },
          serialize: evil('serialize', 'evil=1'),
          encode: evil('encode', 'evil'),
          data: 'evil data',
          // Credentials and headers.
          auth: { username: 'evil', password: 'evil' },
          username: 'evil',
          password: 'evil',
          withCredentials: true,
          withXSRFToken: true,
          xsrfCookieName: 'session',
          xsrfHeaderName: 'X-Evil-Xsrf',
          headers: { 'X-Evil': '1', 'Content-Type': 'text/evil' },
          common: { 'X-Evil-Common': '1' },
          post: { 'X-Evil-Post': '1' },
          delete: { 'X-Evil-Delete': '1' },
          'X-Evil-Header': 'injected',
          'x-evil-lower': 'injected',
          'Content-Type': 'text/evil',
          'content-type': 'text/evil',
          Accept: 'evil/evil',
          Authorization: 'Bearer evil',
          // Accessor-descriptor gadgets: a { value } descriptor with an inherited get or set is invalid.
          get: evil('get', 'evil'),
          set: evil('set'),
          value: 'evil',
          writable: false,
          enumerable: false,
          configurable: false,
          // Transforms, validation, adapters.
          validateStatus: evil('validateStatus', true),
          transformRequest: [evil('transformRequest', 'evil body')],
          transformResponse: [evil('transformResponse', 'evil response')],
          parseReviver: evil('parseReviver', 'evil'),
          adapter: evilAdapter,
          env: { fetch: evil('env.fetch'), FormData: evil('env.FormData'), Request: evil('env.Request'), Response: evil('env.Response') },
          fetch: evil('fetch'),
          Request: evil('Request'),
          Response: evil('Response'),
          FormData: evil('FormData'),
          transitional: { silentJSONParsing: false, forcedJSONParsing: false, clarifyTimeoutError: true },
          silentJSONParsing: false,
          forcedJSONParsing: false,
          clarifyTimeoutError: true,
          // Limits, timing, cancellation, progress.
          responseType: 'arraybuffer',
          responseEncoding: 'latin1',
          timeout: 1,
          timeoutErrorMessage: 'evil timeout',
          maxContentLength: 1,
          maxBodyLength: 1,
          maxRedirects: 0,
          signal: AbortSignal.abort(),
          cancelToken: cancelled.token,
          onUploadProgress: evil('onUploadProgress'),
          onDownloadProgress: evil('onDownloadProgress'),
          // Form serialization.
          formSerializer: { dots: true, indexes: true, metaTokens: false },
          dots: true,
          indexes: true,
          metaTokens: false,
          visitor: evil('visitor', false),
          maxDepth: 0,
          Blob: evil('Blob'),
          // What fetch() and new Request() read from an init dictionary.
          fetchOptions: { method: 'DELETE', cache: 'reload', referrerPolicy: 'no-referrer' },
          body: 'evil body',
          mode: 'no-cors',
          credentials: 'omit',
          cache: 'no-store',
          referrerPolicy: 'no-referrer',
          integrity: 'sha256-evil',
          redirect: 'error',
          keepalive: true,
          duplex: 'half',
          // What a response or an error could be made to look like.
          status: 599,
          statusText: 'evil',
          response: { status: 599, data: 'evil' },
          code: 'EVIL',
          redact: ['url'],
        };

        const pick = (object: any, keys: string[]) => {
          const picked: any = {};
          for (const key of keys) if (hasOwn(object, key)) picked[key] = object[key];
          return picked;
        };
        const observe = async (label: string, run: () => Promise<any>) => {
          try {
            const response = await run();
            const data = own(response, 'data');
            const echoed = data && typeof data == 'object' && hasOwn(data, 'headers');
            const seen = echoed ? pick(data, ['method', 'url', 'headers', 'cookies', 'body', 'contentType', 'raw', 'files']) : data;
            // A multipart boundary's length varies (Firefox): so does the Content-Length.
            if (echoed && /^multipart\//.test(seen.contentType)) seen.headers = { ...seen.headers, 'content-length': 'varies' };
            // Response headers read the way applications read them: as properties.
            const headers = own(response, 'headers');
            const read: any = {};
            for (const name of ['content-type', 'x-custom-header', 'x-echo-method']) if (headers.has(name)) read[name] = headers[name];
            return { label, status: own(response, 'status'), data: data instanceof ArrayBuffer ? 'ArrayBuffer' : seen, headers: read };
          } catch (error: any) {
            const response = own(error, 'response');
            return {
              label,
              error: error instanceof axios.AxiosError ? 'AxiosError' : String(error && error.name),
              code: own(error, 'code'),
              status: own(error, 'status'),
              response: response ? { status: own(response, 'status'), data: own(response, 'data') } : undefined,
            };
          }
        };
        const scenario = async () => {
          // All requests at once (each observation is independent): fast enough to run per key.
          const runs: any[] = await Promise.all(
            adapters.flatMap((adapter) => {
              const form = new FormData();
              form.append('x[y]', '1');
              form.append('x[z][]', '2');
              return [
                observe(adapter + ' GET with params', () => axios.get('/api/echo', { adapter, params: { p: 'v' } })),
                observe(adapter + ' POST JSON with auth', () => axios.post('/api/echo', { a: 1, list: [1, 2] }, { adapter, auth: { username: 'u' } as any })),
                observe(adapter + ' 404', () => axios.get('/api/status/404', { adapter })),
                observe(adapter + ' postForm', () =>
                  axios.postForm('/api/echo', { a: '1', b: { c: '2' }, 'm{}': { x: 1 } }, { adapter, maxBodyLength: 1e6 })
                ),
                observe(adapter + ' instance with baseURL', () =>
                  axios.create({ baseURL: '/api' }).get('echo/sub', { adapter, onDownloadProgress: () => {} })
                ),
                observe(adapter + ' malformed JSON', () => axios.get('/api/malformed-json', { adapter })),
                observe(adapter + ' FormData as JSON', () => axios.post('/api/echo', form, { adapter, headers: { 'Content-Type': 'application/json' } })),
              ];
            })
          );
          // The synchronous helpers, too.
          const form = new FormData();
          form.append('a[b]', '1');
          runs.push({
            label: 'helpers',
            getUri: axios.getUri({ url: '/x', params: { a: 1 } }),
            headers: new axios.AxiosHeaders({ 'X-A': '1' }).toJSON(),
            toFormData: [...(axios.toFormData({ a: { b: 1 }, c: [1, 2] }) as FormData).entries()],
            formToJSON: axios.formToJSON(form),
            mergeConfig: Object.keys(axios.mergeConfig({ a: 1 } as any, { b: 2 } as any)),
          });
          runs.push({ label: 'functions called', called: called.splice(0) });
          // Multipart boundaries are random: compare them as one value.
          return JSON.parse(JSON.stringify(runs).replace(/boundary=[-\w]+/g, 'boundary=*'));
        };

        // Where two JSON values differ, as "path: clean -> polluted" lines.
        const diff = (a: any, b: any, path: string, out: string[]) => {
          if (a && b && typeof a == 'object' && typeof b == 'object') {
            for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) diff(a[key], b[key], path + ' ' + key, out);
          } else if (JSON.stringify(a) !== JSON.stringify(b)) {
            out.push(`${path}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`.slice(0, 300));
          }
        };
        const clean = await scenario();
        const differences: Record<string, unknown> = {};
        const compare = async (name: string, keys: string[]) => {
          for (const key of keys) proto[key] = pollution[key];
          let polluted: any[];
          try {
            polluted = await scenario();
          } catch (error: any) {
            polluted = [{ label: 'scenario threw', error: String(error && error.message) }];
          } finally {
            for (const key of keys) delete proto[key];
          }
          const changes: string[] = [];
          polluted.forEach((run, i) => diff(clean[i], run, run && run.label ? run.label + ':' : 'run ' + i + ':', changes));
          if (changes.length) differences[name] = changes.slice(0, 12);
        };
        for (const key of Object.keys(pollution)) await compare(key, [key]);
        await compare('all at once', Object.keys(pollution));
        const leftovers = Object.keys(pollution).filter((key) => key in {});
        return { differences, leftovers, cleanLabels: clean.map((run: any) => run.label), sample: clean[0] };
      },
      { cross: CROSS_ORIGIN, adapters: [...ADAPTERS] }
    );
    expect(result.differences).toEqual({});
    expect(result.leftovers).toEqual([]);
    // The clean run itself did what the scenario says.
    expect(result.cleanLabels).toHaveLength(2 * 7 + 2);
    expect(result.sample).toMatchObject({ label: 'xhr GET with params', status: 200, data: { method: 'GET', url: '/api/echo?p=v' } });
  });

  test('a config from JSON.parse with an own "__proto__" (or constructor.prototype) key merges safely', async ({ page }) => {
    const result = await inPage(
      page,
      async ({ cross, adapters }) => {
        const hostile = (extra: string) =>
          `{"__proto__":{"baseURL":"${cross}/evil","method":"post","headers":{"X-Evil":"1"},"params":{"evil":"1"},"validateStatus":null}${extra}}`;
        const rows: any = {};
        for (const adapter of adapters) {
          const request = JSON.parse(hostile(',"url":"/api/echo","params":{"q":"1","__proto__":{"evil":"1"}},"headers":{"X-Ok":"1","__proto__":{"X-Evil":"1"}}'));
          const sent = (await axios.request({ ...request, adapter })).data;
          const instance = axios.create(JSON.parse(hostile(',"headers":{"common":{"__proto__":{"X-Evil-Common":"1"}}}')));
          const fromInstance = (await instance.get('/api/echo', { adapter })).data;
          const merged: any = axios.mergeConfig(
            JSON.parse(hostile('')),
            JSON.parse('{"constructor":{"prototype":{"baseURL":"evil"}},"headers":{"constructor":{"prototype":{"X-Evil":"1"}}}}')
          );
          const status404 = (await settle(axios.request({ ...JSON.parse(hostile(',"url":"/api/status/404"')), adapter }))).error?.code;
          rows[adapter] = {
            request: { method: sent.method, url: sent.url, headers: Object.keys(sent.headers).filter((name) => name.startsWith('x-') || name.includes('proto')) },
            instance: { url: fromInstance.url, evil: Object.keys(fromInstance.headers).filter((name) => name.includes('evil') || name.includes('proto')) },
            merged: { baseURL: merged.baseURL, method: merged.method, prototypeIsNull: Object.getPrototypeOf(merged) === null },
            status404,
          };
        }
        const probe: any = {};
        return {
          rows,
          objectPrototype: ['baseURL', 'method', 'headers', 'params', 'X-Evil', 'evil', 'validateStatus'].filter((key) => key in probe),
        };
      },
      { cross: CROSS_ORIGIN, adapters: [...ADAPTERS] }
    );
    const expected = {
      request: { method: 'GET', url: '/api/echo?q=1', headers: ['x-ok'] },
      instance: { url: '/api/echo', evil: [] },
      merged: { baseURL: undefined, method: undefined, prototypeIsNull: true },
      // validateStatus: null hidden under __proto__ would have accepted the 404.
      status404: 'ERR_BAD_REQUEST',
    };
    expect(result).toEqual({ rows: { xhr: expected, fetch: expected }, objectPrototype: [] });
  });

  test('formToJSON never writes to a prototype (__proto__[x], constructor[prototype][y], dots and nesting)', async ({ page }) => {
    const names = [
      '__proto__[polluted1]',
      '__proto__.polluted2',
      '[__proto__][polluted3]',
      'constructor[prototype][polluted4]',
      'constructor.prototype.polluted5',
      'a[__proto__][polluted6]',
      'a.__proto__.polluted7',
      'a[constructor][prototype][polluted8]',
      'list[][__proto__][polluted9]',
      '__proto__',
      'constructor',
      'toString[polluted10]',
      'hasOwnProperty',
      'ok[value]',
    ];
    const result = await inPage(
      page,
      async ({ names, adapters }) => {
        const form = new FormData();
        names.forEach((name, i) => form.append(name, 'v' + i));
        const json: any = axios.formToJSON(form);
        const sent: any = {};
        for (const adapter of adapters) {
          sent[adapter] = (await axios.post('/api/echo', form, { adapter, headers: { 'Content-Type': 'application/json' } })).data.body;
        }
        // An HTML <form> goes the same way.
        const element = document.createElement('form');
        element.innerHTML = names.map((name, i) => `<input name="${name.replace(/"/g, '&quot;')}" value="w${i}">`).join('');
        axios.formToJSON(element);
        const probes = [{}, [], Object.create(Object.prototype), function () {}];
        const leaked = probes.flatMap((probe: any) =>
          Array.from({ length: 10 }, (_, i) => 'polluted' + (i + 1)).filter((key) => key in probe)
        );
        return {
          leaked,
          prototypes: {
            json: Object.getPrototypeOf(json) === Object.prototype,
            a: Object.getPrototypeOf(json.a) === Object.prototype,
            constructorIsOwn: Object.prototype.hasOwnProperty.call(json, 'constructor'),
            toStringStillWorks: typeof ({} as any).toString === 'function' && String({}) === '[object Object]',
          },
          json: JSON.parse(JSON.stringify(json)),
          sent,
        };
      },
      { names, adapters: [...ADAPTERS] }
    );
    expect(result.leaked).toEqual([]);
    expect(result.prototypes).toEqual({ json: true, a: true, constructorIsOwn: true, toStringStillWorks: true });
    // Nothing under __proto__ survives; constructor and prototype become ordinary own keys.
    // The same object as axios 1.21.1's formToJSON gives for these names.
    expect(result.json).toEqual({
      constructor: [{ prototype: { polluted4: 'v3', polluted5: 'v4' } }, 'v10'],
      a: { constructor: { prototype: { polluted8: 'v7' } } },
      list: [{}],
      toString: { polluted10: 'v11' },
      hasOwnProperty: 'v12',
      ok: { value: 'v13' },
    });
    expect(result.sent).toEqual({ xhr: result.json, fetch: result.json });
  });
});
