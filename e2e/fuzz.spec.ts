import fc from 'fast-check';
import axiosReference from 'axios-reference';
import { test, expect, inPage, CROSS_ORIGIN, ORIGIN } from './security-support';

// Property-based tests with fast-check: configs and inputs are generated in
// Node (fixed seed, modest number of runs), serializable, and run in the
// page, where functions and bodies are picked by name from small tables.
// A failure prints the seed, the path and the smallest failing input.

const SEED = 20_260_501;

// Where a generated request may go: the echo server's routes, good and bad,
// other origins, and strings that are hardly URLs at all. Hosts other than
// 127.0.0.1 are answered by the browser itself (aborted), never looked up.
const ROUTES = [
  '/api/echo',
  '/api/status/200',
  '/api/status/404',
  '/api/status/503?body=%3Ch1%3Edown%3C/h1%3E&type=text/html',
  '/api/malformed-json',
  '/api/bad-headers',
  '/api/cut?after=10',
  '/api/delay/30',
  '/api/bytes/3000?chunked=1&chunk=1000',
  '/api/redirect?to=/api/echo',
  '/api/html',
  '/api/xml',
  '/api/never',
  `${CROSS_ORIGIN}/api/echo`,
  `${CROSS_ORIGIN}/api/echo?cors=none`,
  'http://127.0.0.1:9/refused',
  'http://unreachable.test/x',
  '',
  ' ',
  '//',
  '?a=1',
  'https:evil.test',
  'ftp://example.test/',
  'javascript:alert(1)',
  'data:text/plain,hi',
];

const text = fc.string({ maxLength: 12 });
const weird = fc.string({ unit: 'binary', maxLength: 12 });
const headerName = fc.oneof(fc.constantFrom('X-A', 'x-b', 'Content-Type', 'Accept', 'Authorization', 'set', '__proto__', 'X-A'), text, weird);
const headerValue = fc.oneof(text, weird, fc.integer(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }));
const paramValue = fc.oneof(text, weird, fc.integer(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }), fc.dictionary(text, text, { maxKeys: 3 }));

/** Present in about one config in four: most requests are ordinary, each with a few odd options. */
const rare = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const requestPlan = fc.record({
  adapter: fc.constantFrom('xhr', 'fetch', 'default'),
  method: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'GET', 'purge', 'query') },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom('TRACE', 'CONNECT', 'g e t', ''), text) }
  ),
  url: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ROUTES) }, text, weird),
  baseURL: rare(fc.constantFrom(ORIGIN, '/api', '', 'https:evil.test', CROSS_ORIGIN, `${ORIGIN}/api/echo/`)),
  allowAbsoluteUrls: rare(fc.boolean()),
  params: rare(fc.dictionary(text, paramValue, { maxKeys: 4 })),
  data: rare(
    fc.oneof(
      text,
      weird,
      fc.json({ maxDepth: 3 }).map((json) => ({ kind: 'json', json })),
      fc.record({ kind: fc.constantFrom('blob', 'buffer', 'view', 'form', 'search', 'stream'), size: fc.nat(5000) })
    )
  ),
  headers: rare(fc.dictionary(headerName, headerValue, { maxKeys: 4 })),
  contentType: rare(fc.constantFrom('application/json', 'multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain')),
  timeout: rare(fc.integer({ min: 0, max: 300 })),
  responseType: rare(fc.constantFrom('json', 'text', 'arraybuffer', 'blob', 'document', 'stream', 'formdata', 'bogus', '')),
  validateStatus: rare(fc.constantFrom('all', 'none', 'throws', 'null')),
  transformRequest: rare(fc.constantFrom('identity', 'throws', 'undefined', 'object')),
  transformResponse: rare(fc.constantFrom('identity', 'throws', 'undefined')),
  paramsSerializer: rare(fc.constantFrom('function', 'throws', 'encode', 'indexes null', 'dots')),
  withCredentials: rare(fc.boolean()),
  withXSRFToken: rare(fc.constantFrom(true, false, 'true', 1, 'function')),
  xsrfCookieName: rare(fc.oneof(fc.constant('XSRF-TOKEN'), text)),
  xsrfHeaderName: rare(fc.oneof(fc.constant('X-XSRF-TOKEN'), text)),
  auth: rare(fc.record({ username: fc.oneof({ weight: 3, arbitrary: text }, weird), password: fc.oneof({ weight: 3, arbitrary: text }, weird) })),
  maxContentLength: rare(fc.integer({ min: -1, max: 5000 })),
  maxBodyLength: rare(fc.integer({ min: -1, max: 5000 })),
  maxRedirects: rare(fc.nat(5)),
  cancel: rare(fc.constantFrom('signal aborted', 'signal aborts', 'token cancelled', 'token cancels')),
  progress: rare(fc.boolean()),
  transitional: rare(fc.record({ silentJSONParsing: fc.boolean(), forcedJSONParsing: fc.boolean(), clarifyTimeoutError: fc.boolean() })),
});

test.describe('fuzz', () => {
  // What browsers themselves report about odd requests, not the library: Chromium when a
  // generated header name is one the browser sets itself, Firefox when an XMLHttpRequest
  // with responseType 'document' gets an empty body.
  // (One pattern: test.use would read a two-element array as [value, fixture options].)
  test.use({ allowedPageErrors: [/^(Refused to set unsafe header|no root element found)/] });

  test('random request configs never throw synchronously, never stay pending, and end in a response or an AxiosError', { tag: '@fetch-adapter' }, async ({ page }) => {
    test.setTimeout(120_000);
    // Other hosts: refused by the browser itself, at once.
    const elsewhere = (url: URL) => url.hostname !== '127.0.0.1';
    const refuse = (route: any) => route.abort('connectionrefused');
    await page.route(elsewhere, refuse);
    const outcomes: Record<string, number> = {};
    try {
      await fc.assert(
        fc.asyncProperty(requestPlan, async (plan) => {
          const result = await inPage(page, async (plan: any) => {
            const USER_ERROR = 'thrown by a user function';
            const thrower = () => {
              throw new Error(USER_ERROR);
            };
            const functions: Record<string, Record<string, unknown>> = {
              validateStatus: { all: () => true, none: () => false, throws: thrower, null: null },
              transformRequest: { identity: (data: any) => data, throws: thrower, undefined: () => undefined, object: () => ({ replaced: true }) },
              transformResponse: { identity: (data: any) => data, throws: thrower, undefined: () => undefined },
              paramsSerializer: {
                function: (params: any) => 'n=' + Object.keys(params).length,
                throws: { serialize: thrower },
                encode: { encode: (value: any) => encodeURIComponent(String(value)) },
                'indexes null': { indexes: null },
                dots: { dots: true },
              },
            };
            const body = (data: any) => {
              if (data == null || typeof data != 'object' || !data.kind) return data;
              const bytes = new Uint8Array(data.size || 0).fill(65);
              switch (data.kind) {
                case 'json': return data.json;
                case 'blob': return new Blob([bytes]);
                case 'buffer': return bytes.buffer;
                case 'view': return bytes.subarray(1);
                case 'search': return new URLSearchParams({ a: 'x'.repeat(data.size) });
                case 'form': {
                  const form = new FormData();
                  form.append('a', 'x'.repeat(data.size));
                  form.append('file', new Blob([bytes]), 'f.bin');
                  return form;
                }
                case 'stream':
                  return new ReadableStream({
                    start(controller) {
                      controller.enqueue(bytes);
                      controller.close();
                    },
                  });
              }
            };
            const config: any = { url: plan.url, method: plan.method };
            if (plan.adapter !== 'default') config.adapter = plan.adapter;
            const has = (key: string) => plan[key] !== undefined;
            for (const key of ['baseURL', 'allowAbsoluteUrls', 'params', 'headers', 'timeout', 'responseType', 'withCredentials', 'xsrfCookieName', 'xsrfHeaderName', 'auth', 'maxContentLength', 'maxBodyLength', 'maxRedirects', 'transitional']) {
              if (has(key)) config[key] = plan[key];
            }
            if (has('data')) config.data = body(plan.data);
            if (has('contentType')) config.headers = { ...config.headers, 'Content-Type': plan.contentType };
            for (const key of ['validateStatus', 'transformRequest', 'transformResponse', 'paramsSerializer']) {
              if (has(key)) config[key] = functions[key][plan[key]];
            }
            if (has('withXSRFToken')) config.withXSRFToken = plan.withXSRFToken === 'function' ? () => true : plan.withXSRFToken;
            if (plan.progress) config.onDownloadProgress = config.onUploadProgress = () => {};
            const controller = new AbortController();
            const source = axios.CancelToken.source();
            if (plan.cancel === 'signal aborted') controller.abort();
            if (plan.cancel === 'token cancelled') source.cancel('cancelled');
            if (plan.cancel) plan.cancel.startsWith('signal') ? (config.signal = controller.signal) : (config.cancelToken = source.token);
            if (plan.cancel === 'signal aborts') setTimeout(() => controller.abort(), 20);
            if (plan.cancel === 'token cancels') setTimeout(() => source.cancel('cancelled'), 20);
            // /api/never only ends by a timeout or a cancellation: make sure it has one.
            if (!(config.timeout > 0 || plan.cancel)) config.timeout = 2000;

            let promise: Promise<any>;
            try {
              promise = axios.request(config);
            } catch (error: any) {
              return { kind: 'threw synchronously', detail: String(error && error.message) };
            }
            const deadline = new Promise((resolve) => setTimeout(() => resolve('pending'), 3000));
            const outcome: any = await Promise.race([
              promise.then(
                (response) => ({ kind: 'response', status: response.status }),
                (error) => {
                  if (error && error.message === USER_ERROR && !axios.isAxiosError(error)) return { kind: 'user error' };
                  if (!axios.isAxiosError(error)) return { kind: 'not an AxiosError', detail: `${error && error.name}: ${error && error.message}` };
                  try {
                    JSON.stringify(error.toJSON());
                  } catch (failure: any) {
                    return { kind: 'toJSON() not serializable', detail: String(failure && failure.message) };
                  }
                  return { kind: 'AxiosError', code: String(error.code) };
                }
              ),
              deadline,
            ]);
            return outcome === 'pending' ? { kind: 'still pending after 3 s' } : outcome;
          }, plan);
          const label = result.kind === 'AxiosError' ? 'AxiosError ' + result.code : result.kind;
          outcomes[label] = (outcomes[label] || 0) + 1;
          const userFunctionThrows = ['validateStatus', 'transformRequest', 'transformResponse', 'paramsSerializer'].some(
            (key) => (plan as any)[key] === 'throws'
          );
          expect(['response', 'AxiosError', ...(userFunctionThrows ? ['user error'] : [])]).toContain(result.kind);
        }),
        { seed: SEED, numRuns: 150, interruptAfterTimeLimit: 60_000 }
      );
    } finally {
      await page.unroute(elsewhere, refuse);
    }
    // The runs covered the ground: successes and several kinds of failure.
    test.info().annotations.push({ type: "outcomes", description: JSON.stringify(outcomes) });
    expect(outcomes.response).toBeGreaterThan(5);
    expect(Object.keys(outcomes).filter((label) => label.startsWith('AxiosError')).length).toBeGreaterThan(4);
  });

  test('random helper inputs: headers stay single lines, formToJSON never pollutes, getUri matches axios', { tag: '@build' }, async ({ page }) => {
    test.setTimeout(90_000);
    // Header values: whatever goes in, no CR, LF or NUL comes out. The characters that
    // matter are drawn often, the rest of Unicode now and then.
    const headerish = fc.string({
      unit: fc.oneof(fc.constantFrom('\r', '\n', '\0', '\t', ' ', ':', ';', '=', '"', 'a', 'Z', 'é', '\u2028'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
      maxLength: 16,
    });
    await fc.assert(
      fc.asyncProperty(fc.dictionary(headerish, fc.oneof(headerish, fc.array(headerish, { maxLength: 3 })), { maxKeys: 5 }), headerish, async (object, raw) => {
        const result = await inPage(
          page,
          ({ object, raw }) => {
            const check = (headers: any) =>
              Object.values(headers.toJSON()).flat().filter((value: any) => /[\r\n\0]/.test(String(value))).length;
            try {
              return { bad: check(new axios.AxiosHeaders(object)) + check(axios.AxiosHeaders.from(raw)) };
            } catch (error: any) {
              return { threw: String(error && error.message) };
            }
          },
          { object, raw }
        );
        expect(result).toEqual({ bad: 0 });
      }),
      { seed: SEED, numRuns: 100 }
    );

    // formToJSON: names built from path syntax and prototype words never reach a prototype;
    // the only error is the depth limit.
    const nameParts = fc.constantFrom('a', 'b', '0', '1', '[', ']', '[]', '.', '__proto__', 'constructor', 'prototype', 'toString');
    const fieldName = fc.array(nameParts, { maxLength: 12 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fieldName, text), { maxLength: 6 }), async (entries) => {
        const result = await inPage(
          page,
          (entries) => {
            const form = new FormData();
            for (const [name, value] of entries) form.append(name, value);
            let outcome = 'ok';
            // Every object in the result has the prototype of its kind: nothing was written through __proto__.
            let intact = true;
            const walk = (value: any) => {
              if (value === null || typeof value != 'object') return;
              const expected = Array.isArray(value) ? Array.prototype : Object.prototype;
              if (Object.getPrototypeOf(value) !== expected) intact = false;
              else Object.keys(value).forEach((key) => walk(value[key]));
            };
            try {
              walk(axios.formToJSON(form));
            } catch (error: any) {
              outcome = axios.isAxiosError(error) ? error.code : 'not an AxiosError: ' + (error && error.message);
            }
            const probes: any[] = [{}, [], function () {}];
            const polluted = probes.some((probe) => ['a', 'b', '0', '1', ''].some((key) => key in probe && !Object.prototype.hasOwnProperty.call(probe, key)));
            return { outcome, polluted, toString: typeof ({} as any).toString, prototypes: intact };
          },
          entries
        );
        expect(result).toEqual({ outcome: 'ok', polluted: false, toString: 'function', prototypes: true });
      }),
      { seed: SEED, numRuns: 150 }
    );

    // getUri: the same URL (or the same error code) as axios 1.21.1, for URL-ish pieces.
    const urlPiece = fc.constantFrom('http:', 'https:', 'HTTP:', 'ftp:', 'javascript:', '//', '/', '\\', ' ', '\t', 'user:pw@', 'evil.test', '127.0.0.1:9', 'a', '.', '..', '?', '#', '&', '=', '%2F', '@');
    const urlish = fc.array(urlPiece, { maxLength: 6 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(fc.option(urlish, { nil: undefined }), urlish, fc.option(fc.boolean(), { nil: undefined }), fc.dictionary(text, text, { maxKeys: 2 }), async (baseURL, url, allowAbsoluteUrls, params) => {
        let expected: string;
        try {
          expected = axiosReference.getUri({ baseURL, url, allowAbsoluteUrls, params });
        } catch (error: any) {
          expected = 'throws ' + error.code;
        }
        const actual = await inPage(
          page,
          (config) => {
            try {
              return axios.getUri(config);
            } catch (error: any) {
              return 'throws ' + (axios.isAxiosError(error) ? error.code : error && error.name);
            }
          },
          { baseURL, url, allowAbsoluteUrls, params }
        );
        expect(actual).toBe(expected);
      }),
      { seed: SEED, numRuns: 200 }
    );

    // toFormData: any JSON value is serialized or refused with an AxiosError, never anything else.
    await fc.assert(
      fc.asyncProperty(fc.dictionary(text, fc.jsonValue({ maxDepth: 4 }), { maxKeys: 5 }), async (object) => {
        const result = await inPage(
          page,
          (object) => {
            try {
              return [...(axios.toFormData(object) as FormData).keys()].length >= 0 ? 'ok' : 'never';
            } catch (error: any) {
              return axios.isAxiosError(error) ? 'AxiosError' : 'not an AxiosError: ' + (error && error.message);
            }
          },
          object
        );
        expect(['ok', 'AxiosError']).toContain(result);
      }),
      { seed: SEED, numRuns: 100 }
    );
  });
});
