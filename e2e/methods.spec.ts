import { test, expect, inPage } from './fixtures';

test.describe('request methods', () => {
  test('axios(config) and axios(url, config) send the method, url and body', async ({ page }) => {
    const result = await inPage(page, async () => {
      const a = await axios({ url: '/api/echo/a', method: 'post', data: { n: 1 } });
      const b = await axios('/api/echo/b', { method: 'put', data: { n: 2 } });
      const c = await axios('/api/echo/c');
      return [a, b, c].map((r) => [r.status, r.data.method, r.data.path, r.data.body]);
    });
    expect(result).toEqual([
      [200, 'POST', '/api/echo/a', { n: 1 }],
      [200, 'PUT', '/api/echo/b', { n: 2 }],
      [200, 'GET', '/api/echo/c', null],
    ]);
  });

  test('aliases without a body: get, delete, head, options', async ({ page }) => {
    const result = await inPage(page, async () => {
      const get = await axios.get('/api/echo', { params: { x: 1 } });
      const del = await axios.delete('/api/echo', { data: { gone: true } });
      const head = await axios.head('/api/echo');
      const options = await axios.options('/api/echo');
      return {
        get: [get.data.method, get.data.query],
        del: [del.data.method, del.data.body],
        head: [head.status, head.data, head.headers['x-echo-method']],
        options: [options.status, options.data.method],
      };
    });
    expect(result).toEqual({
      get: ['GET', { x: '1' }],
      del: ['DELETE', { gone: true }],
      head: [200, '', 'HEAD'],
      options: [200, 'OPTIONS'],
    });
  });

  test('GET and HEAD with data go out without a body, as XMLHttpRequest sends them', async ({ page }) => {
    const result = await inPage(page, async () => {
      const get = await axios.get('/api/echo', { data: { dropped: true } });
      const head = await axios.head('/api/echo', { data: 'dropped' });
      return { get: [get.status, get.data.method, get.data.body], head: [head.status, head.headers['x-echo-method']] };
    });
    expect(result).toEqual({ get: [200, 'GET', null], head: [200, 'HEAD'] });
  });

  test('aliases with a body: post, put, patch, query', async ({ page }) => {
    const result = await inPage(page, async () => {
      const out: any[] = [];
      for (const method of ['post', 'put', 'patch', 'query'] as const) {
        const response = await axios[method]('/api/echo', { via: method }, { headers: { 'X-Alias': method } });
        out.push([response.data.method, response.data.body, response.data.headers['x-alias'], response.data.contentType]);
      }
      return out;
    });
    expect(result).toEqual([
      ['POST', { via: 'post' }, 'post', 'application/json'],
      ['PUT', { via: 'put' }, 'put', 'application/json'],
      ['PATCH', { via: 'patch' }, 'patch', 'application/json'],
      ['QUERY', { via: 'query' }, 'query', 'application/json'],
    ]);
  });

  test('postForm, putForm and patchForm send multipart bodies', async ({ page }) => {
    const result = await inPage(page, async () => {
      const out: any[] = [];
      for (const method of ['postForm', 'putForm', 'patchForm'] as const) {
        const response = await axios[method]('/api/echo', { name: method, list: [1, 2] });
        out.push([response.data.method, response.data.contentType, response.data.body]);
      }
      return { out, hasQueryForm: 'queryForm' in axios };
    });
    // The browser writes the Content-Type, with the boundary it chose.
    const multipart = expect.stringMatching(/^multipart\/form-data; boundary=\S+$/);
    expect(result.out).toEqual([
      ['POST', multipart, { name: 'postForm', 'list[]': ['1', '2'] }],
      ['PUT', multipart, { name: 'putForm', 'list[]': ['1', '2'] }],
      ['PATCH', multipart, { name: 'patchForm', 'list[]': ['1', '2'] }],
    ]);
    expect(result.hasQueryForm).toBe(false);
  });

  test('request() with a config, and a method in any case', async ({ page }) => {
    const result = await inPage(page, async () => {
      const r = await axios.request({ url: '/api/echo', method: 'PaTcH' as any, data: 'plain text', headers: { 'Content-Type': 'text/plain' } });
      return [r.data.method, r.data.body, r.config.method];
    });
    expect(result).toEqual(['PATCH', 'plain text', 'patch']);
  });

  test('the response has the axios schema', async ({ page, adapter }) => {
    const result = await inPage(page, async () => {
      const response = await axios.get('/api/echo', { headers: { 'X-Test': 'schema' } });
      return {
        keys: Object.keys(response).sort(),
        status: response.status,
        statusText: response.statusText,
        contentType: response.headers['content-type'],
        viaGet: response.headers.get('Content-Type'),
        headersClass: response.headers.constructor === axios.AxiosHeaders,
        lowerCaseNames: Object.keys(response.headers.toJSON()).every((name) => name === name.toLowerCase()),
        request: response.request instanceof XMLHttpRequest ? 'xhr' : response.request instanceof Request ? 'fetch' : 'other',
        duration: typeof response.duration === 'number' && response.duration >= 0,
        configHeader: response.config.headers['X-Test'],
      };
    });
    expect(result).toEqual({
      keys: ['config', 'data', 'duration', 'headers', 'request', 'status', 'statusText'],
      status: 200,
      statusText: 'OK',
      contentType: expect.stringContaining('application/json'),
      viaGet: expect.stringContaining('application/json'),
      headersClass: true,
      lowerCaseNames: true,
      // The XMLHttpRequest, or the fetch Request.
      request: adapter,
      duration: true,
      configHeader: 'schema',
    });
  });
});
