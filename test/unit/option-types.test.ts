import { describe, expect, it } from 'vitest';
import { plume, recorder, ref } from './helpers';

/** Run one request on a fresh plume instance with a recording adapter. */
async function attempt(config: any, setUp?: (instance: any) => void) {
  const { calls, adapter } = recorder({ status: 500 });
  const instance = plume.create({ adapter });
  setUp && setUp(instance);
  try {
    const response = await instance.request({ url: '/x', ...config });
    return { calls: calls.length, status: response.status, data: response.data };
  } catch (error: any) {
    return { calls: calls.length, name: error.name, code: error.code, message: error.message, hasConfig: !!error.config };
  }
}

const refused = (message: string) => ({ calls: 0, name: 'AxiosError', code: 'ERR_BAD_OPTION_VALUE', message, hasConfig: true });

describe('options of the wrong type', () => {
  // In axios each of these fails later, with a bare TypeError (or, for a
  // progress handler, throws at every progress event while the request
  // succeeds, and validateStatus: true hangs the XHR adapter).
  const cases: [string, any, string][] = [
    ['method: 5', { method: 5 }, 'option method must be a string'],
    ['method: {}', { method: {} }, 'option method must be a string'],
    ['validateStatus: true', { validateStatus: true }, 'option validateStatus must be a function'],
    ["validateStatus: 'x'", { validateStatus: 'x' }, 'option validateStatus must be a function'],
    ['onUploadProgress: true', { method: 'post', data: 'x', onUploadProgress: true }, 'option onUploadProgress must be a function'],
    ["onDownloadProgress: 'x'", { onDownloadProgress: 'x' }, 'option onDownloadProgress must be a function'],
    ["transformRequest: 'x'", { transformRequest: 'x' }, 'option transformRequest must be a function'],
    ['transformResponse: 5', { transformResponse: 5 }, 'option transformResponse must be a function'],
    ['transformResponse: [fn, null]', { transformResponse: [(d: any) => d, null] }, 'option transformResponse must be a function'],
    ["transformRequest: { a: 'x' }", { transformRequest: { a: 'x' } }, 'option transformRequest must be a function'],
    ['cancelToken: {}', { cancelToken: {} }, 'option cancelToken must be a CancelToken'],
    ["cancelToken: 'x'", { cancelToken: 'x' }, 'option cancelToken must be a CancelToken'],
  ];
  for (const [name, config, message] of cases) {
    it(`${name} is ERR_BAD_OPTION_VALUE, and nothing is sent`, async () => {
      expect(await attempt(config)).toEqual(refused(message));
    });
  }

  it('the method of the instance defaults is checked too', async () => {
    const { adapter, calls } = recorder();
    const error = await plume.create({ adapter, method: 7 as any }).request({ url: '/x' }).catch((e: any) => e);
    expect([calls.length, error.code, error.message]).toEqual([0, 'ERR_BAD_OPTION_VALUE', 'option method must be a string']);
  });

  it('a wrong type set by a request interceptor is refused as well', async () => {
    const outcome = await attempt({}, (instance) => instance.interceptors.request.use((config: any) => ((config.validateStatus = 1), config)));
    expect(outcome).toEqual(refused('option validateStatus must be a function'));
  });

  it('the refusal reaches response interceptors, like any error of the request', async () => {
    const seen: string[] = [];
    await attempt({ onDownloadProgress: 1 }, (instance) => instance.interceptors.response.use(null, (error: any) => seen.push(error.code)));
    expect(seen).toEqual(['ERR_BAD_OPTION_VALUE']);
  });

  it('a request with a wrong type from axios-reference is not refused before its adapter runs: axios has no such check', async () => {
    const { adapter, calls } = recorder();
    await ref.create({ adapter }).request({ url: '/x', onDownloadProgress: 'x' as any });
    expect(calls.length).toBe(1);
  });
});

describe('what those options still accept', () => {
  const fn = (data: any) => data;
  const accepted: [string, any][] = [
    ['validateStatus: null, false or undefined (every status)', [{ validateStatus: null }, { validateStatus: false }, { validateStatus: undefined }]],
    ['progress handlers: null, false, undefined or a function', [{ onDownloadProgress: null, onUploadProgress: false }, { onDownloadProgress: undefined }, { onDownloadProgress: fn, onUploadProgress: fn }]],
    ['transforms: a function, a list, an empty list, an object of functions, null', [{ transformResponse: fn, transformRequest: [fn, fn] }, { transformResponse: [] }, { transformRequest: { a: fn } }, { transformResponse: null }]],
    ["method: '' (the default, get) or any letter case", [{ method: '' }, { method: 'PoSt', data: 'x' }]],
    ['cancelToken: a token of plume or of axios', [{ cancelToken: plume.CancelToken.source().token }, { cancelToken: ref.CancelToken.source().token }]],
  ];
  for (const [name, configs] of accepted) {
    it(name, async () => {
      for (const config of configs) {
        const outcome = await attempt({ validateStatus: null, ...config });
        expect(outcome, JSON.stringify(config)).toMatchObject({ calls: 1, status: 500 });
      }
    });
  }
});

describe('params that are not an object, with the default serializer', () => {
  for (const params of ['a=1', 5, true, () => 1]) {
    it(`${String(params)} is ERR_BAD_OPTION_VALUE from getUri (axios: a TypeError from toFormData)`, () => {
      let error: any;
      try {
        plume.getUri({ url: '/x', params });
      } catch (e) {
        error = e;
      }
      expect([error?.name, error?.code, error?.message]).toEqual(['AxiosError', 'ERR_BAD_OPTION_VALUE', 'option params must be an object']);
      expect(() => ref.getUri({ url: '/x', params })).toThrow(TypeError);
    });
  }

  it('a custom serializer may take any params, and empty ones are no params', () => {
    expect(plume.getUri({ url: '/x', params: 'a=1', paramsSerializer: (p: any) => String(p) })).toBe('/x?a=1');
    expect(plume.getUri({ url: '/x', params: '' })).toBe('/x');
    expect(plume.getUri({ url: '/x', params: new URLSearchParams('b=2') })).toBe('/x?b=2');
  });
});
