import { test, expect, inPage } from './fixtures';

test.describe('request bodies', () => {
  test('an object is sent as JSON', async ({ page }) => {
    const echo = await inPage(page, async () => (await axios.post('/api/echo', { a: [1, { b: null }], s: 'ü' })).data);
    expect(echo.contentType).toBe('application/json');
    expect(echo.body).toEqual({ a: [1, { b: null }], s: 'ü' });
  });

  test('a string is sent as is, labelled form-urlencoded as axios does', async ({ page }) => {
    const echo = await inPage(page, async () => (await axios.post('/api/echo', 'a=1&b=two')).data);
    expect(echo.contentType).toBe('application/x-www-form-urlencoded');
    expect(echo.raw).toBe('a=1&b=two');
  });

  test('a number or a boolean, 0 and false included, is sent as its text by either adapter (axios sends 0 and false as no body with XMLHttpRequest)', async ({ page }) => {
    const raw = await inPage(page, async () => Promise.all([0, false, 42, true].map(async (data) => (await axios.put('/api/echo', data)).data.raw)));
    expect(raw).toEqual(['0', 'false', '42', 'true']);
  });

  test('a JSON string with a JSON Content-Type is sent unchanged', async ({ page }) => {
    const echo = await inPage(page, async () =>
      (await axios.post('/api/echo', '{"already":"json"}', { headers: { 'Content-Type': 'application/json' } })).data
    );
    expect(echo.body).toEqual({ already: 'json' });
  });

  test('URLSearchParams is sent form-urlencoded', async ({ page }) => {
    const echo = await inPage(page, async () =>
      (await axios.post('/api/echo', new URLSearchParams([['a', '1'], ['b', 'x y'], ['a', '2']]))).data
    );
    // Chromium rewrites the charset as UTF-8 when it sends a string body.
    expect(echo.contentType.toLowerCase()).toBe('application/x-www-form-urlencoded;charset=utf-8');
    expect(echo.raw).toBe('a=1&b=x+y&a=2');
  });

  test('an object with a urlencoded Content-Type is serialized as a form', async ({ page }) => {
    const echo = await inPage(page, async () =>
      (
        await axios.post('/api/echo', { a: 1, list: ['x', 'y'], nested: { k: 'v' } }, {
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        })
      ).data
    );
    expect(echo.raw).toBe('a=1&list%5B%5D=x&list%5B%5D=y&nested%5Bk%5D=v');
  });

  test('FormData with files keeps names, types and bytes', async ({ page }) => {
    const echo = await inPage(page, async () => {
      const form = new FormData();
      form.append('field', 'value');
      form.append('file', new File(['hello file'], 'hello.txt', { type: 'text/plain' }));
      form.append('blob', new Blob([new Uint8Array([0, 1, 2, 255])], { type: 'application/octet-stream' }), 'bytes.bin');
      return (await axios.post('/api/echo', form)).data;
    });
    expect(echo.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(echo.body).toEqual({ field: 'value' });
    expect(echo.files).toEqual([
      expect.objectContaining({ field: 'file', name: 'hello.txt', type: 'text/plain', size: 10, text: 'hello file' }),
      expect.objectContaining({ field: 'blob', name: 'bytes.bin', type: 'application/octet-stream', size: 4 }),
    ]);
  });

  test('an object with a multipart Content-Type becomes FormData, with files and nested keys', async ({ page }) => {
    const echo = await inPage(page, async () =>
      (
        await axios.post(
          '/api/echo',
          {
            name: 'n',
            tags: ['a', 'b'],
            meta: { deep: { x: 1 } },
            'json{}': { kept: true },
            upload: new File(['abc'], 'abc.txt', { type: 'text/plain' }),
          },
          { headers: { 'Content-Type': 'multipart/form-data' } }
        )
      ).data
    );
    expect(echo.body).toEqual({ name: 'n', 'tags[]': ['a', 'b'], 'meta[deep][x]': '1', 'json{}': '{"kept":true}' });
    expect(echo.files).toEqual([expect.objectContaining({ field: 'upload', name: 'abc.txt', size: 3, text: 'abc' })]);
  });

  test('formSerializer options shape the multipart keys', async ({ page }) => {
    const echo = await inPage(page, async () =>
      (await axios.postForm('/api/echo', { list: ['a', 'b'], obj: { k: 'v' } }, { formSerializer: { dots: true, indexes: true } })).data
    );
    expect(echo.body).toEqual({ 'list.0': 'a', 'list.1': 'b', 'obj.k': 'v' });
  });

  test('a Blob, an ArrayBuffer and a typed-array view are sent as bytes', async ({ page }) => {
    const result = await inPage(page, async () => {
      const bytes = new Uint8Array(300).map((_, i) => i % 256);
      const blob = await axios.post('/api/echo', new Blob([bytes]), { headers: { 'Content-Type': 'application/octet-stream' } });
      const buffer = await axios.post('/api/echo', bytes.buffer, { headers: { 'Content-Type': 'application/octet-stream' } });
      // A view of bytes 10..19 of the buffer: only those ten bytes are sent.
      const view = await axios.post('/api/echo', new Uint8Array(bytes.buffer, 10, 10), { headers: { 'Content-Type': 'application/octet-stream' } });
      return [blob.data.bytes, buffer.data.bytes, view.data.bytes].map((b) => [b.size, b.firstBytes.slice(0, 3)]);
    });
    expect(result).toEqual([
      [300, [0, 1, 2]],
      [300, [0, 1, 2]],
      [10, [10, 11, 12]],
    ]);
  });

  test('an HTML form element is sent as its FormData', async ({ page }) => {
    const echo = await inPage(page, async () => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<form id="f"><input name="user" value="ada"><input name="langs[]" value="en"><input name="langs[]" value="pt"></form>'
      );
      return (await axios.post('/api/echo', document.getElementById('f'))).data;
    });
    expect(echo.contentType).toMatch(/^multipart\/form-data/);
    expect(echo.body).toEqual({ user: 'ada', 'langs[]': ['en', 'pt'] });
  });

  test('formToJSON reads a form back into an object', async ({ page }) => {
    const json = await inPage(page, async () => {
      const form = new FormData();
      form.append('user[name]', 'ada');
      form.append('user[langs][]', 'en');
      form.append('user[langs][]', 'pt');
      form.append('__proto__[polluted]', 'yes');
      const result = axios.formToJSON(form);
      return { result, polluted: ({} as any).polluted ?? null };
    });
    expect(json).toEqual({ result: { user: { name: 'ada', langs: ['en', 'pt'] } }, polluted: null });
  });

  test('XMLHttpRequest refuses a ReadableStream body clearly instead of sending "[object ReadableStream]"', { tag: '@xhr-only' }, async ({ page }) => {
    const error = await inPage(page, async () => (await settle(axios.post('/api/echo', new ReadableStream(), { adapter: 'xhr' }))).error);
    expect(error).toMatchObject({ code: 'ERR_NOT_SUPPORT', isAxiosError: true, message: expect.stringContaining('fetch adapter') });
  });

  test('a body on GET is not sent', async ({ page }) => {
    const echo = await inPage(page, async () => (await axios.get('/api/echo', { data: { ignored: true } })).data);
    expect(echo.body).toBeNull();
  });
});
