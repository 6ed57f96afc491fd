import { test, expect, inPage } from './fixtures';

// Values made in another realm: an iframe of the page (micro-frontends, a
// file picked in a frame, a widget's form). Their prototypes are that
// frame's, so `instanceof` this page's FormData, Blob or Object is false;
// plume must still see a FormData, a Blob, a plain object, a Date, an
// AbortSignal, and send and serialize each exactly as this page's own.

/** Every kind of value plume reads, made by `realm`, through the library: the results as plain data. */
async function exercise(realm: 'page' | 'frame') {
  const frame = document.createElement('iframe');
  document.body.appendChild(frame);
  const R: any = realm == 'page' ? window : frame.contentWindow;
  // Object literals, arrays, dates and functions written in the realm's own code.
  const make = (source: string) => R.eval('(' + source + ')');
  const container = R.document.body.appendChild(R.document.createElement('div'));
  const formElement = (html: string) => ((container.innerHTML = html), container.querySelector('form'));
  const out: Record<string, unknown> = {};
  const run = async (name: string, fn: () => unknown) => {
    try {
      out[name] = await fn();
    } catch (error: any) {
      out[name] = 'threw ' + (error && (error.code || error.name)) + ': ' + (error && error.message);
    }
  };
  const sent = async (config: any) => {
    const { data } = await axios({ url: '/api/echo', method: 'post', ...config });
    // A multipart boundary is random, and in Firefox so is its length: only its presence is compared.
    const multipart = /boundary=/.test(data.contentType);
    const type = multipart ? data.contentType.replace(/boundary=\S+/, 'boundary=*') : data.contentType;
    const files = data.files.map((file: any) => [file.field, file.name, file.type, file.text]);
    return [type, data.body, data.raw, files, multipart ? 'multipart' : data.bytes.size];
  };

  await run('plain object', () => sent({ data: make('{ a: 1, b: [1, 2], c: { d: "x" }, when: new Date(0) }') }));
  await run('FormData with a Blob', () => {
    const form = new R.FormData();
    form.append('a', '1');
    form.append('file', new R.Blob(['hi'], { type: 'text/plain' }), 'hi.txt');
    return sent({ data: form });
  });
  await run('FormData as JSON', () => {
    const form = new R.FormData();
    form.append('a', '1');
    form.append('b[c]', '2');
    return sent({ data: form, headers: { 'Content-Type': 'application/json' } });
  });
  await run('URLSearchParams', () => sent({ data: new R.URLSearchParams('a=1&b=2') }));
  await run('Blob', () => sent({ data: new R.Blob(['abc'], { type: 'text/plain' }) }));
  await run('File', () => sent({ data: new R.File(['abcd'], 'f.txt', { type: 'text/plain' }) }));
  await run('ArrayBuffer', () => sent({ data: new R.Uint8Array([1, 2, 3]).buffer }));
  await run('a typed-array view', () => sent({ data: new R.Uint8Array(new R.ArrayBuffer(10), 2, 4) }));
  await run('DataView', () => sent({ data: new R.DataView(new R.ArrayBuffer(6)) }));
  await run('object as urlencoded', () =>
    sent({ data: make('{ a: 1, b: [1, 2], n: { x: "y z" } }'), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
  );
  await run('object as multipart', () => sent({ data: make('{ a: 1, b: [1, 2], f: new Blob(["z"]) }'), headers: { 'Content-Type': 'multipart/form-data' } }));
  await run('postForm', async () => (await axios.postForm('/api/echo', make('{ a: 1, list: [1, 2], d: new Date(0) }'))).data.body);
  await run('a form element', () => sent({ data: formElement('<form><input name="q" value="1"></form>') }));
  await run('a form element as JSON', () =>
    sent({ data: formElement('<form><input name="q[r]" value="1"></form>'), headers: { 'Content-Type': 'application/json' } })
  );
  await run('params', async () => (await axios.get('/api/echo', { params: make('{ a: [1, 2], d: new Date(0), n: { x: 1 } }') })).data.url);
  await run('params as URLSearchParams', async () => (await axios.get('/api/echo', { params: new R.URLSearchParams('a=1&a=2') })).data.url);
  await run('headers', async () => {
    const { headers } = (await axios.get('/api/echo', { headers: make('{ "X-A": "1", common: { "X-C": "c" } }') })).data;
    return [headers['x-a'], headers['x-c']];
  });
  await run('Headers', async () => (await axios.get('/api/echo', { headers: new R.Headers({ 'X-H': 'h' }) })).data.headers['x-h']);
  await run('header pairs', async () => (await axios.get('/api/echo', { headers: make('[["X-P", "p"]]') })).data.headers['x-p']);
  await run('AxiosHeaders from a Map', () => axios.AxiosHeaders.from(new R.Map([['X-M', 'm']])).toJSON());
  await run('a whole config', async () => {
    const { data } = await axios(make('{ url: "/api/echo", method: "put", data: { a: 1 }, auth: { username: "u", password: "p" } }'));
    return [data.method, data.body, data.headers.authorization];
  });
  await run('transforms and serializer', async () => {
    const { data } = await axios.post('/api/echo', 'x', {
      headers: { 'Content-Type': 'text/plain' },
      params: { a: 1 },
      transformRequest: make('[function (body) { return body + "y"; }]'),
      paramsSerializer: make('{ serialize: function () { return "z=9"; } }'),
    });
    return [data.raw, data.url];
  });
  await run('signal', async () => {
    const controller = new R.AbortController();
    const request = axios.get('/api/delay/2000', { signal: controller.signal });
    controller.abort();
    return request.then(
      () => 'resolved',
      (error: any) => [error.code, axios.isCancel(error)]
    );
  });
  await run('signal aborted before', async () => {
    const controller = new R.AbortController();
    controller.abort();
    return axios.get('/api/echo', { signal: controller.signal }).then(
      () => 'resolved',
      (error: any) => [error.code, axios.isCancel(error)]
    );
  });
  await run('formToJSON', () => {
    const form = new R.FormData();
    form.append('a[b]', '1');
    form.append('c[]', '2');
    return [axios.formToJSON(form), axios.formToJSON(formElement('<form><input name="x[y]" value="1"><input name="z" value="2"></form>'))];
  });
  await run('toFormData', () => {
    const into = axios.toFormData(make('{ a: [1, 2], b: { c: 3 } }'), new R.FormData());
    const own = axios.toFormData(make('{ a: [1, 2], d: new Date(0), e: new Blob(["x"]) }'));
    const entries = (form: any) => [...form.entries()].map(([key, value]: any) => [key, typeof value == 'string' ? value : value.size]);
    return [entries(into), entries(own)];
  });
  await run('mergeConfig', () => axios.mergeConfig(make('{ headers: { a: 1 }, params: { x: 1 } }'), make('{ headers: { b: 2 } }')));
  frame.remove();
  return out;
}

test.describe('values from another realm (an iframe)', () => {
  test('are sent, serialized and read exactly as the page’s own', async ({ page }) => {
    const own = await inPage(page, exercise, 'page');
    // What the page's own values give: the frame's must give the same.
    expect(own['plain object']).toEqual(['application/json', { a: 1, b: [1, 2], c: { d: 'x' }, when: '1970-01-01T00:00:00.000Z' }, expect.any(String), [], 65]);
    expect(own['FormData with a Blob']).toEqual(['multipart/form-data; boundary=*', { a: '1' }, null, [['file', 'hi.txt', 'text/plain', 'hi']], 'multipart']);
    expect(own['FormData as JSON']).toEqual(['application/json', { a: '1', b: { c: '2' } }, '{"a":"1","b":{"c":"2"}}', [], 23]);
    // A POST body without a Content-Type of its own is labelled form-urlencoded, as axios does.
    expect(own['Blob']).toEqual(['application/x-www-form-urlencoded', { abc: '' }, 'abc', [], 3]);
    const view = own['a typed-array view'] as any[];
    expect([view[0], view[4]]).toEqual(['application/x-www-form-urlencoded', 4]);
    expect(own['object as urlencoded']).toEqual(['application/x-www-form-urlencoded', { a: '1', 'b[]': ['1', '2'], 'n[x]': 'y z' }, 'a=1&b%5B%5D=1&b%5B%5D=2&n%5Bx%5D=y+z', [], 36]);
    expect(own['postForm']).toEqual({ a: '1', 'list[]': ['1', '2'], d: '1970-01-01T00:00:00.000Z' });
    expect(own['params']).toBe('/api/echo?a%5B%5D=1&a%5B%5D=2&d=1970-01-01T00:00:00.000Z&n%5Bx%5D=1');
    expect(own['headers']).toEqual(['1', 'c']);
    expect(own['signal']).toEqual(['ERR_CANCELED', true]);
    expect(own['formToJSON']).toEqual([{ a: { b: '1' }, c: ['2'] }, { x: { y: '1' }, z: '2' }]);
    expect(Object.values(own).filter((value) => typeof value == 'string' && value.startsWith('threw'))).toEqual([]);

    expect(await inPage(page, exercise, 'frame')).toEqual(own);
  });
});
