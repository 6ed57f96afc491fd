import { test, expect, inPage, ADAPTERS } from './security-support';

// Injection. A CR or LF in a header name or value, or in a multipart field
// name, filename or type, must never reach the wire as a new line (a new
// header, a new part); NUL, CR and LF in params stay percent-encoded.

test.describe('security: header and body injection', { tag: '@fetch-adapter' }, () => {
  test('CR, LF and NUL in header values are removed, never sent as a new header line', async ({ page }) => {
    const result = await inPage(
      page,
      async ({ adapters }) => {
        const rows: any = {};
        for (const adapter of adapters) {
          const headers = new axios.AxiosHeaders();
          headers.set('X-Set', 'set\r\nX-Injected-Set: 1');
          const defaults = axios.create();
          defaults.defaults.headers.common['X-Default'] = 'default\r\nX-Injected-Default: 1';
          const plain = await axios.post('/api/echo', 'body', {
            adapter,
            headers: {
              'X-A': 'ok\r\nX-Injected-A: 1',
              'X-B': 'ok\nX-Injected-B: 1',
              'X-C': 'ok\rX-Injected-C: 1',
              'X-D': 'a\u0000b\u0007c\u007fd',
              'X-E': ['one\r\nX-Injected-E: 1', 'two'],
              'X-F': '\r\n\r\nGET /evil HTTP/1.1',
              'X-G': 'tab\tinside',
              Authorization: 'Bearer t\r\nX-Injected-Auth: 1',
              'Content-Type': 'text/plain\r\nX-Injected-Type: 1',
            },
          });
          const instance = await axios.get('/api/echo', { adapter, headers });
          const fromDefaults = await defaults.get('/api/echo', { adapter });
          const basic = await axios.get('/api/echo', { adapter, auth: { username: 'user\r\nX-Injected-User: 1', password: 'pass\r\nX-Injected-Pass: 1' } });
          const all = { ...plain.data.headers, ...instance.data.headers, ...fromDefaults.data.headers, ...basic.data.headers };
          rows[adapter] = {
            injected: Object.keys(all).filter((name) => name.startsWith('x-injected') || name.startsWith('get ')),
            values: {
              a: plain.data.headers['x-a'],
              b: plain.data.headers['x-b'],
              c: plain.data.headers['x-c'],
              d: plain.data.headers['x-d'],
              e: plain.data.headers['x-e'],
              f: plain.data.headers['x-f'],
              g: plain.data.headers['x-g'],
              authorization: plain.data.headers.authorization,
              contentType: plain.data.headers['content-type'],
              set: instance.data.headers['x-set'],
              default: fromDefaults.data.headers['x-default'],
              basic: atob(basic.data.headers.authorization.replace('Basic ', '')),
            },
          };
        }
        return rows;
      },
      { adapters: [...ADAPTERS] }
    );
    const expected = {
      injected: [],
      values: {
        a: 'okX-Injected-A: 1',
        b: 'okX-Injected-B: 1',
        c: 'okX-Injected-C: 1',
        d: 'abcd',
        e: 'oneX-Injected-E: 1,two',
        f: 'GET /evil HTTP/1.1',
        g: 'tab\tinside',
        authorization: 'Bearer tX-Injected-Auth: 1',
        contentType: 'text/plainX-Injected-Type: 1',
        set: 'setX-Injected-Set: 1',
        default: 'defaultX-Injected-Default: 1',
        // Basic credentials travel base64-encoded: the CR LF stays inside them.
        basic: 'user\r\nX-Injected-User: 1:pass\r\nX-Injected-Pass: 1',
      },
    };
    expect(result).toEqual({ xhr: expected, fetch: expected });
  });

  test('CR or LF in a header name or a method is refused before anything is sent', async ({ page, sent: sentTo }) => {
    const sent = sentTo((url) => url.searchParams.get('marker') === 'refused');
    const result = await inPage(
      page,
      async ({ adapters }) => {
        document.cookie = 'XSRF-TOKEN=tok; path=/';
        const rows: any = {};
        for (const adapter of adapters) {
          const attempt = async (config: any, marker = 'refused') => {
            const outcome = await settle(axios.request({ url: '/api/echo', params: { marker }, adapter, ...config }));
            if (outcome.error) return outcome.error.code + (outcome.error.isAxiosError ? '' : ' (not an AxiosError)');
            return 'sent with ' + JSON.stringify(Object.keys(outcome.response!.data.headers).filter((name) => name.startsWith('x-')));
          };
          rows[adapter] = {
            'name with CR LF': await attempt({ headers: { 'X-A\r\nX-Injected': '1' } }),
            'name with LF': await attempt({ headers: { 'X-A\nX-Injected': '1' } }),
            'name with a colon': await attempt({ headers: { 'X-A: injected': '1' } }),
            'name with NUL': await attempt({ headers: { 'X-A\u0000B': '1' } }),
            // A string that is not a header name is read as a raw header block: here, lines without a colon.
            'xsrfHeaderName with CR LF': await attempt({ xsrfHeaderName: 'X-XSRF\r\nX-Injected' }, 'xsrf'),
            'method with CR LF': await attempt({ method: 'GET /evil HTTP/1.1\r\nX-Injected: 1\r\n\r\nGET' }),
            'method with a space': await attempt({ method: 'GET /evil' }),
          };
        }
        return rows;
      },
      { adapters: [...ADAPTERS] }
    );
    const refused = {
      'name with CR LF': 'ERR_BAD_OPTION_VALUE',
      'name with LF': 'ERR_BAD_OPTION_VALUE',
      'name with a colon': 'ERR_BAD_OPTION_VALUE',
      'name with NUL': 'ERR_BAD_OPTION_VALUE',
      'xsrfHeaderName with CR LF': 'sent with []',
      'method with CR LF': 'ERR_BAD_OPTION_VALUE',
      'method with a space': 'ERR_BAD_OPTION_VALUE',
    };
    expect(result).toEqual({ xhr: refused, fetch: refused });
    expect(sent).toEqual([]);
  });

  test('multipart: CR, LF and quotes in field names, filenames and types stay inside their part', async ({ page }) => {
    const result = await inPage(
      page,
      async ({ adapters }) => {
        const rows: any = {};
        for (const adapter of adapters) {
          for (const limit of adapter === 'fetch' ? [undefined, 1e6] : [undefined]) {
            const form = new FormData();
            form.append('field\r\nX-Injected: 1', 'v1');
            form.append('quo"te', 'v2');
            form.append('lf\nname', 'v3');
            form.append(
              'file',
              new File(['<p>x</p>'], 'evil\r\nContent-Type: text/html\r\n\r\n<script>.txt', { type: 'text/plain\r\nX-Injected: 1' })
            );
            form.append('blob', new Blob(['b'], { type: 'text/plain\r\nX-Injected: 2' }), 'b"\r\n.bin');
            const fromForm = (await axios.post('/api/echo', form, { adapter, maxBodyLength: limit })).data;
            // The same through toFormData (postForm with an object).
            const fromObject = (
              await axios.postForm('/api/echo', { 'obj\r\nX-Injected: 1': 'v4', nested: { 'k"\r\nX: 1': 'v5' } }, { adapter, maxBodyLength: limit })
            ).data;
            const partHeaders = (raw: string | null) => (raw || '').split('\r\n').filter((line) => /^x-injected/i.test(line)).length;
            rows[adapter + (limit ? ' with maxBodyLength' : '')] = {
              fields: fromForm.body,
              files: fromForm.files.map((file: any) => ({ field: file.field, name: file.name, type: file.type, text: file.text })),
              objectFields: fromObject.body,
              injectedLines: partHeaders(fromForm.raw) + partHeaders(fromObject.raw),
            };
          }
        }
        return rows;
      },
      { adapters: [...ADAPTERS] }
    );
    // Browsers escape CR, LF and '"' in multipart names as %0D, %0A and %22 (the HTML
    // standard's form encoding); a File type that is not printable ASCII is dropped.
    const expected = {
      fields: { 'field%0D%0AX-Injected: 1': 'v1', 'quo%22te': 'v2', 'lf%0D%0Aname': 'v3' },
      files: [
        { field: 'file', name: 'evil%0D%0AContent-Type: text/html%0D%0A%0D%0A<script>.txt', type: 'application/octet-stream', text: '<p>x</p>' },
        { field: 'blob', name: 'b%22%0D%0A.bin', type: 'application/octet-stream', text: 'b' },
      ],
      objectFields: { 'obj%0D%0AX-Injected: 1': 'v4', 'nested[k%22%0D%0AX: 1]': 'v5' },
      injectedLines: 0,
    };
    expect(result).toEqual({ xhr: expected, fetch: expected, 'fetch with maxBodyLength': expected });
  });

  test('NUL, CR, LF, "&", "#" and "=" in params stay percent-encoded', async ({ page }) => {
    const params = {
      nul: 'a\u0000b',
      'k\u0000ey': 'v',
      crlf: 'a\r\nX-Injected: 1',
      amp: 'a&admin=1',
      hash: 'a#frag',
      eq: 'a=b',
      space: 'a b+c',
      unicode: 'é€',
    };
    const result = await inPage(
      page,
      async ({ adapters, params }) => {
        const rows: any = {};
        for (const adapter of adapters) {
          const { data } = await axios.get('/api/echo', { adapter, params });
          const { data: inUrl } = await axios.get('/api/echo?raw=a\r\nX-Injected:%201', { adapter });
          rows[adapter] = {
            query: data.query,
            url: data.url,
            injected: Object.keys({ ...data.headers, ...inUrl.headers }).filter((name) => name.startsWith('x-injected')),
            rawInUrl: inUrl.query.raw,
            uri: axios.getUri({ url: '/api/echo', params }),
          };
        }
        return rows;
      },
      { adapters: [...ADAPTERS], params }
    );
    const url = '/api/echo?nul=a%00b&k%00ey=v&crlf=a%0D%0AX-Injected:+1&amp=a%26admin%3D1&hash=a%23frag&eq=a%3Db&space=a+b%2Bc&unicode=%C3%A9%E2%82%AC';
    // What the server parsed back is what was sent; nothing became a header.
    const expected = {
      query: params,
      url,
      injected: [],
      // In a URL string the browser's URL parser drops CR and LF.
      rawInUrl: 'aX-Injected: 1',
      uri: url,
    };
    expect(result).toEqual({ xhr: expected, fetch: expected });
  });
});
