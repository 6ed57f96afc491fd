import { test, expect, inPage } from './fixtures';

test.describe('responseType', () => {
  test('json (the default) parses, text does not, and json is parsed even when asked as text-like', async ({ page }) => {
    const result = await inPage(page, async () => {
      const byDefault = await axios.get('/api/echo');
      const asText = await axios.get('/api/echo', { responseType: 'text', transitional: { forcedJSONParsing: false } });
      const asJson = await axios.get('/api/text', { params: { body: '{"n":1}' }, responseType: 'json' });
      return [typeof byDefault.data, typeof asText.data, asJson.data];
    });
    expect(result).toEqual(['object', 'string', { n: 1 }]);
  });

  test('arraybuffer gives an ArrayBuffer with the exact bytes', async ({ page }) => {
    const bytes = await inPage(page, async () => {
      const response = await axios.get('/api/binary', { responseType: 'arraybuffer' });
      return { isBuffer: response.data instanceof ArrayBuffer, bytes: Array.from(new Uint8Array(response.data)) };
    });
    expect(bytes.isBuffer).toBe(true);
    expect(bytes.bytes).toEqual(Array.from({ length: 256 }, (_, i) => i));
  });

  test('blob gives a Blob with its type', async ({ page }) => {
    const blob = await inPage(page, async () => {
      const response = await axios.get('/api/binary', { responseType: 'blob' });
      return { isBlob: response.data instanceof Blob, size: response.data.size, type: response.data.type };
    });
    expect(blob).toEqual({ isBlob: true, size: 256, type: 'application/octet-stream' });
  });

  test('document gives a parsed HTML document', async ({ page }) => {
    const doc = await inPage(page, async () => {
      const response = await axios.get('/api/html', { responseType: 'document' });
      return {
        isDocument: response.data instanceof Document,
        title: response.data.title,
        greeting: response.data.getElementById('greeting')?.textContent,
      };
    });
    expect(doc.isDocument).toBe(true);
    expect(doc.title.length).toBeGreaterThan(0);
    expect(doc.greeting?.length).toBeGreaterThan(0);
  });

  test('document gives a parsed XML document', async ({ page }) => {
    const doc = await inPage(page, async () => {
      const response = await axios.get('/api/xml', { responseType: 'document' });
      return {
        isXML: response.data instanceof XMLDocument,
        root: response.data.documentElement.nodeName,
        children: response.data.documentElement.children.length,
      };
    });
    expect(doc.isXML).toBe(true);
    expect(doc.root.length).toBeGreaterThan(0);
    expect(doc.children).toBeGreaterThan(0);
  });

  test('document is null for a response that is neither HTML nor XML, as XMLHttpRequest gives it', async ({ page }) => {
    const data = await inPage(page, async () => {
      const document = (url: string) => axios.get(url, { responseType: 'document' }).then((response) => response.data);
      return [
        await document('/api/echo'),
        await document('/api/text'),
        await document('/api/binary'),
        (await document('/api/html')) instanceof Document,
        (await document('/api/xml')) instanceof XMLDocument,
      ];
    });
    expect(data).toEqual([null, null, null, true, true]);
  });

  test('malformed JSON: kept as text by default, ERR_BAD_RESPONSE when strict', async ({ page }) => {
    const result = await inPage(page, async () => {
      const silent = await axios.get('/api/malformed-json');
      const strict = await settle(
        axios.get('/api/malformed-json', { responseType: 'json', transitional: { silentJSONParsing: false } })
      );
      return { silent: silent.data, strict: strict.error };
    });
    expect(result.silent).toBe('{"broken": tru');
    expect(result.strict).toMatchObject({ code: 'ERR_BAD_RESPONSE', name: 'SyntaxError', isAxiosError: true, response: { status: 200 } });
  });

  test('parseReviver is used when JSON is parsed', async ({ page }) => {
    const data = await inPage(page, async () =>
      (await axios.post('/api/echo', { n: 2 }, { parseReviver: (key, value) => (key === 'n' ? value * 10 : value) })).data.body
    );
    expect(data).toEqual({ n: 20 });
  });

  test('text is decoded by the charset its Content-Type names, as XMLHttpRequest decodes it (UTF-8 when the label is unknown)', async ({ page }) => {
    const result = await inPage(page, async () => {
      const out: Record<string, unknown[]> = {};
      for (const charset of ['iso-8859-1', 'windows-1252', 'shift_jis', 'utf-16le', 'utf-8', 'no-such-charset']) {
        const url = '/api/encoded/' + charset;
        const text = await axios.get(url, { responseType: 'text' });
        const json = await axios.get(url, { params: { json: 1 } });
        // Watched for progress, the fetch adapter reads the body its own way.
        const watched = await axios.get(url, { responseType: 'text', onDownloadProgress: () => {} });
        out[charset] = [text.data, json.data.text, watched.data];
      }
      return out;
    });
    const three = (text: string) => [text, text, text];
    expect(result).toEqual({
      'iso-8859-1': three('café ñ'),
      'windows-1252': three('€ café'),
      shift_jis: three('日本'),
      'utf-16le': three('café ✓'),
      'utf-8': three('café ✓'),
      'no-such-charset': three('café ✓'),
    });
  });

  test('a byte order mark wins over the charset label, as XMLHttpRequest decodes', async ({ page }) => {
    const result = await inPage(page, async () => {
      const out: Record<string, unknown[]> = {};
      for (const [label, bom] of [['iso-8859-1', 'utf-8'], ['utf-8', 'utf-16le'], ['no-such-charset', 'utf-16be'], ['shift_jis', 'utf-8']]) {
        const url = '/api/encoded/' + label;
        const text = await axios.get(url, { params: { bom }, responseType: 'text' });
        const json = await axios.get(url, { params: { bom, json: 1 } });
        const watched = await axios.get(url, { params: { bom }, responseType: 'text', onDownloadProgress: () => {} });
        out[bom + ' under ' + label] = [text.data, json.data.text, watched.data];
      }
      return out;
    });
    expect(result).toEqual({
      'utf-8 under iso-8859-1': ['café ñ', 'café ñ', 'café ñ'],
      'utf-16le under utf-8': ['café ✓', 'café ✓', 'café ✓'],
      'utf-16be under no-such-charset': ['café ✓', 'café ✓', 'café ✓'],
      'utf-8 under shift_jis': ['日本', '日本', '日本'],
    });
  });
});
