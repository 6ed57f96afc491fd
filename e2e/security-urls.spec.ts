import axiosReference from 'axios-reference';
import { test, expect, inPage, ADAPTERS, CROSS_ORIGIN, CROSS_PORT, ORIGIN, PORT } from './security-support';

// URLs. With a baseURL, an absolute or protocol-relative URL follows axios's
// rule (it replaces baseURL unless allowAbsoluteUrls is false, which keeps
// every request under baseURL); "https:host" (no "//") is refused as
// ERR_INVALID_URL instead of silently leaving baseURL; errors never show a
// URL's credentials.

const OWN = `127.0.0.1:${PORT}`;
const OTHER = `127.0.0.1:${CROSS_PORT}`;

const BASE_URLS = [
  undefined,
  '',
  `${ORIGIN}/api/echo`,
  `${ORIGIN}/api/echo/`,
  `${ORIGIN}/api/echo///`,
  '/api/echo',
  'api/echo',
  `HTTP://${OWN}/api/echo`,
  `http://user:pw@${OWN}/api/echo`,
  `${CROSS_ORIGIN}/api/echo`,
];
const URLS = [
  '',
  'x',
  '/x',
  '///x',
  '?q=1',
  '#f',
  './x',
  '../x',
  `//${OTHER}/api/echo`,
  `http://${OTHER}/api/echo`,
  `HTTP://${OTHER}/api/echo`,
  `hTtPs://${OTHER}/api/echo`,
  ` //${OTHER}/api/echo`,
  `\t//${OTHER}/api/echo`,
  `\\\\${OTHER}/api/echo`,
  `/\\${OTHER}/api/echo`,
  `http://user:pw@${OTHER}/api/echo`,
  'javascript:alert(1)',
  'data:text/plain,hi',
  'mailto:someone@example.test',
  'ftp://example.test/x',
  'a:b',
  'C:\\windows',
  'https:evil.test',
  'http:/evil.test',
  'http:\\\\evil.test',
];
const ALLOW = [undefined, true, false];

/** What axios 1.21.1 (the reference) makes of each combination: the URL, or the error code. */
function referenceTable() {
  const table: Record<string, string> = {};
  for (const baseURL of BASE_URLS) {
    for (const url of URLS) {
      for (const allowAbsoluteUrls of ALLOW) {
        const key = JSON.stringify([baseURL, url, allowAbsoluteUrls]);
        try {
          table[key] = axiosReference.getUri({ baseURL, url, allowAbsoluteUrls });
        } catch (error: any) {
          table[key] = 'throws ' + error.code;
        }
      }
    }
  }
  return table;
}

test.describe('security: URLs', { tag: '@fetch-adapter' }, () => {
  test('baseURL with absolute, protocol-relative and odd URLs: the same full URL as axios 1.21.1', async ({ page }) => {
    const expected = referenceTable();
    const actual = await inPage(
      page,
      ({ keys }) => {
        const table: Record<string, string> = {};
        for (const key of keys) {
          const [baseURL, url, allowAbsoluteUrls] = JSON.parse(key);
          try {
            table[key] = axios.getUri({ baseURL: baseURL ?? undefined, url, allowAbsoluteUrls: allowAbsoluteUrls ?? undefined });
          } catch (error: any) {
            table[key] = 'throws ' + (axios.isAxiosError(error) ? error.code : error && error.name);
          }
        }
        return table;
      },
      { keys: Object.keys(expected) }
    );
    expect(Object.keys(actual)).toHaveLength(BASE_URLS.length * URLS.length * ALLOW.length);
    const differences = Object.keys(expected).filter((key) => actual[key] !== expected[key]).map((key) => `${key}: axios ${expected[key]}, plume ${actual[key]}`);
    expect(differences).toEqual([]);
  });

  test('allowAbsoluteUrls: false keeps every request under baseURL, on the wire', async ({ page, sent }) => {
    const toOther = sent((url) => url.host === OTHER);
    const urls = [
      `http://${OTHER}/api/echo`,
      `HTTP://${OTHER}/api/echo`,
      `//${OTHER}/api/echo`,
      ` //${OTHER}/api/echo`,
      `\t//${OTHER}/api/echo`,
      `\\\\${OTHER}/api/echo`,
      `/\\${OTHER}/api/echo`,
      `///${OTHER}/api/echo`,
      `http://user:pw@${OTHER}/api/echo`,
      `http:${OTHER}/api/echo`, // refused: no "//"
    ];
    const result = await inPage(
      page,
      async ({ origin, other, urls, adapters }) => {
        const rows: any = {};
        for (const adapter of adapters) {
          const pinned = axios.create({ baseURL: origin + '/api/echo', allowAbsoluteUrls: false, adapter });
          const perRequest = axios.create({ baseURL: origin + '/api/echo', adapter });
          // A polluted prototype cannot turn the setting back on.
          (Object.prototype as any).allowAbsoluteUrls = true;
          try {
            for (const [name, client, extra] of [['instance', pinned, {}], ['per request', perRequest, { allowAbsoluteUrls: false }]] as const) {
              const row: any = (rows[adapter + ' ' + name] = {});
              for (const url of urls) {
                const outcome = await settle(client.get(url, extra));
                row[url] = outcome.error ? outcome.error.code : outcome.response!.data.headers.host + ' ' + outcome.response!.data.path.slice(0, 9);
              }
            }
          } finally {
            delete (Object.prototype as any).allowAbsoluteUrls;
          }
          // Without the setting an absolute URL does leave baseURL, as in axios.
          rows[adapter + ' default'] = (await perRequest.get(`http://${other}/api/echo`)).data.headers.host;
        }
        return rows;
      },
      { origin: ORIGIN, other: OTHER, urls, adapters: [...ADAPTERS] }
    );
    const pinned = Object.fromEntries(urls.map((url) => [url, url.startsWith('http:127') ? 'ERR_INVALID_URL' : `${OWN} /api/echo`]));
    const expected: any = {};
    for (const adapter of ADAPTERS) {
      expected[adapter + ' instance'] = pinned;
      expected[adapter + ' per request'] = pinned;
      expected[adapter + ' default'] = OTHER;
    }
    expect(result).toEqual(expected);
    // Only the two deliberate requests without the setting went to the other origin.
    expect(toOther).toEqual([`http://${OTHER}/api/echo`, `http://${OTHER}/api/echo`]);
  });

  test('malformed schemes ("https:host", "http:/host") reject with ERR_INVALID_URL and send nothing', async ({ page, capture }) => {
    const captured = await capture((url) => url.hostname.endsWith('evil.test'));
    const result = await inPage(
      page,
      async ({ adapters }) => {
        const cases: Array<[string, any]> = [
          ['https:evil.test/x', {}],
          ['http:evil.test', {}],
          ['HTTPS:evil.test', {}],
          ['http:/evil.test/x', {}],
          ['http:\\\\evil.test/x', {}],
          [' https:evil.test', {}],
          ['\u0000\u001f https:evil.test', {}],
          ['ht\ttps:evil.test', {}],
          ['ht\r\ntp:evil.test', {}],
          ['https:evil.test?token=s3cret', {}],
          ['/x', { baseURL: 'https:evil.test' }],
          ['/x', { baseURL: 'http:/evil.test' }],
          ['/x', { baseURL: ' \thttp:evil.test' }],
          ['http://evil.test/x', { baseURL: 'https:evil.test', allowAbsoluteUrls: false }],
        ];
        const rows: any = {};
        for (const adapter of adapters) {
          for (const [url, config] of cases) {
            const key = adapter + ' ' + JSON.stringify([url, config.baseURL ?? null]);
            try {
              await axios.request({ url, adapter, ...config });
              rows[key] = 'sent';
            } catch (error: any) {
              rows[key] = [error.code, axios.isAxiosError(error), String(error.message).includes('s3cret')];
            }
          }
        }
        let uri: unknown;
        try {
          axios.getUri({ url: 'https:evil.test' });
        } catch (error: any) {
          uri = error.code;
        }
        return { rows, uri };
      },
      { adapters: [...ADAPTERS] }
    );
    for (const [key, value] of Object.entries(result.rows)) expect([key, value]).toEqual([key, ['ERR_INVALID_URL', true, false]]);
    expect(Object.keys(result.rows)).toHaveLength(28);
    expect(result.uri).toBe('ERR_INVALID_URL');
    expect(captured).toEqual([]);
  });

  test('error messages and toJSON() never show the credentials of a URL', async ({ page }) => {
    const result = await inPage(
      page,
      async ({ own, adapters }) => {
        const cases: Array<[string, any]> = [
          ['network error', { url: 'http://user:s3cret@127.0.0.1:9/x' }],
          ['upper-case scheme', { url: 'HTTP://USER:S3CRET@127.0.0.1:9/x' }],
          ['"@" in the password', { url: 'http://user:top@s3cret@127.0.0.1:9/x' }],
          ['leading whitespace', { url: ' \thttp://user:s3cret@127.0.0.1:9/x' }],
          ['protocol-relative', { url: '//user:s3cret@127.0.0.1:9/x' }],
          ['backslashes', { url: 'http:\\\\user:s3cret@127.0.0.1:9/x' }],
          ['in baseURL', { baseURL: 'http://user:s3cret@127.0.0.1:9', url: '/x' }],
          ['404', { url: `http://user:s3cret@${own}/api/status/404` }],
          ['timeout', { url: `http://user:s3cret@${own}/api/never`, timeout: 50 }],
          ['malformed scheme', { url: 'https:user:s3cret@evil.test/' }],
          ['a tab in the scheme', { url: 'ht\ttp://user:s3cret@127.0.0.1:9/x' }],
        ];
        const rows: any = {};
        for (const adapter of adapters) {
          for (const [name, config] of cases) {
            try {
              await axios.request({ adapter, ...config });
              rows[adapter + ' ' + name] = 'resolved';
            } catch (error: any) {
              const shown = [error.message, String(error), JSON.stringify(error.toJSON())].join('\n');
              const leaks = ['s3cret', 'S3CRET', 'top@'].filter((secret) => shown.includes(secret));
              const where = [error.message, JSON.stringify(error.toJSON().config)].map((text) => (leaks.some((secret) => text.includes(secret)) ? 1 : 0));
              rows[adapter + ' ' + name] = error.code + (leaks.length ? ` leaks ${leaks} (message: ${where[0]}, toJSON().config: ${where[1]})` : '');
            }
          }
        }
        return rows;
      },
      { own: OWN, adapters: [...ADAPTERS] }
    );
    const codes: Record<string, string> = {
      'network error': 'ERR_NETWORK',
      'upper-case scheme': 'ERR_NETWORK',
      '"@" in the password': 'ERR_NETWORK',
      'leading whitespace': 'ERR_NETWORK',
      'protocol-relative': 'ERR_NETWORK',
      backslashes: 'ERR_INVALID_URL',
      'in baseURL': 'ERR_NETWORK',
      '404': 'ERR_BAD_REQUEST',
      timeout: 'ECONNABORTED',
      'malformed scheme': 'ERR_INVALID_URL',
      'a tab in the scheme': 'ERR_NETWORK',
    };
    const expected: any = {};
    for (const adapter of ADAPTERS) for (const [name, code] of Object.entries(codes)) expected[adapter + ' ' + name] = code;
    expect(result).toEqual(expected);
  });
});
