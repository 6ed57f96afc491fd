import { expect } from './fixtures';

// One run through what plume does for a user, for pages that change the
// ground plume runs on (frozen built-ins, a strict Content-Security-Policy):
// each such page must give exactly what an ordinary page gives.

/** Everything plume does for a user, as plain data: requests, errors, cancellation, progress, the statics. */
export async function exercise() {
  // From a timer, so that what follows runs as the page's own code: the test
  // driver's evaluations may use eval whatever the page's policy says.
  await new Promise((resolve) => setTimeout(resolve));
  const out: Record<string, unknown> = {};
  const failure = (error: any) => [
    error && error.name,
    error && error.code,
    error && error.message,
    (error && error.status) ?? null,
    axios.isAxiosError(error),
    axios.isCancel(error),
    error instanceof Error,
    error instanceof axios.AxiosError,
  ];
  const run = async (name: string, fn: () => unknown) => {
    try {
      out[name] = await fn();
    } catch (error) {
      out[name] = { threw: failure(error) };
    }
  };
  const rejection = (request: Promise<unknown>) => request.then(() => 'resolved', failure);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  await run('get', async () => {
    const response = await axios.get('/api/echo', { params: { q: [1, 2], s: 'a b' }, headers: { 'X-Test': 'yes' } });
    return [response.status, response.data.url, response.data.headers['x-test'], response.headers.get('X-Echo-Method'), response.headers['content-type']];
  });
  await run('instance and interceptors', async () => {
    const instance = axios.create({ baseURL: '/api', headers: { common: { 'X-Common': 'c' }, post: { 'X-Post': 'p' } } });
    instance.interceptors.request.use((config) => (config.headers.set('X-Added', 'i'), config));
    const ejected = instance.interceptors.request.use(() => {
      throw new Error('ejected interceptor ran');
    });
    instance.interceptors.request.eject(ejected);
    instance.interceptors.response.use((response) => ((response.data = response.data.headers), response));
    const { data } = await instance.post('/echo', 'text body', { headers: { 'Content-Type': 'text/plain' } });
    return [data['x-common'], data['x-post'], data['x-added'], data['content-type']];
  });
  await run('json', async () => {
    const { data } = await axios.post('/api/echo', { a: [1, { b: null }], c: 'ü' });
    return [data.contentType, data.body];
  });
  await run('urlencoded', async () => {
    const { data } = await axios.put('/api/echo', { a: 1, list: [1, 2], nested: { b: 'x y' } }, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    return data.raw;
  });
  await run('form and progress', async () => {
    let uploads = 0;
    let downloads = 0;
    const { data } = await axios.postForm(
      '/api/echo',
      { field: 'v', list: [1, 2], file: new Blob(['hello'], { type: 'text/plain' }) },
      { onUploadProgress: () => uploads++, onDownloadProgress: () => downloads++ }
    );
    return [data.body, data.files.map((file: any) => [file.field, file.name, file.type, file.text]), uploads > 0, downloads > 0];
  });
  await run('response types', async () => {
    const buffer = await axios.get('/api/bytes/8', { responseType: 'arraybuffer' });
    const blob = await axios.get('/api/bytes/8', { responseType: 'blob' });
    const text = await axios.get('/api/status/200', { responseType: 'text' });
    return [Array.from(new Uint8Array(buffer.data)), blob.data.size, text.data];
  });
  await run('404', () => rejection(axios.get('/api/status/404')));
  await run('bad JSON', () => rejection(axios.get('/api/malformed-json', { responseType: 'json', transitional: { silentJSONParsing: false } })));
  await run('network error', () => rejection(axios.get('/api/cut?after=0')));
  await run('timeout', () => rejection(axios.get('/api/delay/2000', { timeout: 50 })));
  await run('bad option', () => rejection(axios.get('/api/echo', { transitional: { silentJSONParsing: 'yes' } as any })));
  await run('signal', async () => {
    const controller = new AbortController();
    const request = rejection(axios.get('/api/delay/2000', { signal: controller.signal }));
    await sleep(20);
    controller.abort();
    return request;
  });
  await run('CancelToken', async () => {
    const source = axios.CancelToken.source();
    const request = rejection(axios.get('/api/delay/2000', { cancelToken: source.token }));
    const heard: string[] = [];
    source.token.promise.then((reason: any) => heard.push(reason.message));
    await sleep(20);
    source.cancel('stop');
    return [await request, await source.token.promise.then((reason: any) => reason.message), heard];
  });
  await run('AxiosError', () => {
    const error = axios.AxiosError.from(new TypeError('wrapped'), 'ERR_NETWORK');
    const made = new axios.AxiosError('made', 'ECONNABORTED');
    const canceled = new axios.CanceledError('gone');
    const json: any = made.toJSON();
    return [failure(error), (error as any).cause.message, failure(made), failure(canceled), json.name, json.code, String(made)];
  });
  await run('AxiosHeaders', () => {
    const headers = new axios.AxiosHeaders('A: 1\r\nSet-Cookie: x=1\r\nSet-Cookie: y=2');
    headers.set('Content-Type', 'text/plain').delete('A');
    axios.AxiosHeaders.accessor('X-Hardened');
    return [headers.toString(), headers.getContentType(), typeof (axios.AxiosHeaders.prototype as any).getXHardened, axios.AxiosHeaders.from({ b: 2 }).toJSON()];
  });
  await run('statics', () => {
    const form = axios.toFormData({ a: [1, 2], b: { c: 3 } }) as FormData;
    return [
      [...form.entries()],
      axios.formToJSON(form),
      axios.HttpStatusCode.NotFound,
      axios.mergeConfig({ headers: { a: 1 }, params: { x: 1 } }, { headers: { b: 2 } }),
      axios.getUri({ baseURL: '/api', url: 'echo', params: { q: 1 } }),
      axios.spread((a: number, b: number) => a + b)([1, 2]),
      typeof axios.getAdapter(axios.defaults.adapter),
    ];
  });
  // Keys named like members of Object.prototype: copied into ordinary objects,
  // they must be defined there, since assigning them throws once it is frozen.
  await run('keys named like Object.prototype members', async () => {
    const names = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', 'constructor'];
    // Built by definition: this test's own assignments would fail there too.
    const params = Object.fromEntries(names.map((name) => [name, name.length]));
    const form = new FormData();
    for (const name of names) {
      form.append(name, 'top');
      form.append(`nested[${name}]`, 'in');
      form.append(`list[${name}]`, 'item');
      form.append(`${name}[x]`, 'deep');
    }
    const instance = axios.create({ params: { shared: 1, valueOf: 0 }, headers: { hasOwnProperty: 'h' } });
    const { data, config } = await instance.get('/api/echo', { params, headers: { isPrototypeOf: 'i' } });
    const error = new axios.AxiosError('m', 'ERR_BAD_REQUEST', { params, headers: { toString: 't' } } as any);
    return [
      data.url,
      data.headers.hasownproperty,
      data.headers.isprototypeof,
      Object.keys(config.params),
      axios.formToJSON(form),
      axios.mergeConfig({ params }, { params: { toLocaleString: 'x' } }),
      (error.toJSON() as any).config,
      axios.getUri({ url: '/x', params: { hasOwnProperty: 1 } }),
    ];
  });
  return out;
}

/** The results of exercise() on an ordinary page, checked against written values: what other pages must match. */
export function expectOrdinary(ordinary: Record<string, unknown>) {
  expect(ordinary['404']).toEqual(['AxiosError', 'ERR_BAD_REQUEST', 'Request failed with status code 404', 404, true, false, true, true]);
  expect(ordinary['timeout']).toEqual(['AxiosError', 'ECONNABORTED', 'timeout of 50ms exceeded', null, true, false, true, true]);
  expect(ordinary['network error']).toEqual(['AxiosError', 'ERR_NETWORK', 'Network Error', null, true, false, true, true]);
  expect(ordinary['bad option']).toEqual(['AxiosError', 'ERR_BAD_OPTION_VALUE', 'option silentJSONParsing must be a boolean', null, true, false, true, true]);
  expect(ordinary['signal']).toEqual(['CanceledError', 'ERR_CANCELED', 'canceled', null, true, true, true, true]);
  expect(ordinary['CancelToken']).toEqual([['CanceledError', 'ERR_CANCELED', 'stop', null, true, true, true, true], 'stop', ['stop']]);
  expect(ordinary['bad JSON']).toEqual(['SyntaxError', 'ERR_BAD_RESPONSE', expect.any(String), 200, true, false, true, true]);
  expect(ordinary['get']).toEqual([200, '/api/echo?q%5B%5D=1&q%5B%5D=2&s=a+b', 'yes', 'GET', 'application/json; charset=utf-8']);
  expect(ordinary['form and progress']).toEqual([{ field: 'v', 'list[]': ['1', '2'] }, [['file', 'blob', 'text/plain', 'hello']], true, true]);
  const named: any = ordinary['keys named like Object.prototype members'];
  expect(named.slice(0, 4)).toEqual([
    '/api/echo?shared=1&valueOf=7&toString=8&hasOwnProperty=14&isPrototypeOf=13&propertyIsEnumerable=20&toLocaleString=14&__defineGetter__=16',
    'h',
    'i',
    ['shared', 'valueOf', 'toString', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'],
  ]);
  expect(Object.keys(named[4].nested)).toHaveLength(8);
  expect(named[4].constructor).toEqual({ x: 'deep' });
  expect(Object.values(ordinary).filter((value: any) => value && value.threw)).toEqual([]);
}
