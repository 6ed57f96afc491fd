// Shared helpers for the unit specs: run the same request through plume and
// through axios 1.21.1 (axios-reference) with a recording adapter.
import ref from 'axios-reference';
import plume from '../../src/axios';

export { ref, plume };

export type Lib = 'plume' | 'axios';
export const LIBS: Lib[] = ['plume', 'axios'];
export const lib = (name: Lib): any => (name === 'plume' ? plume : ref);

export interface Captured {
  url: any;
  method: any;
  headers: Record<string, any>;
  data: any;
  config: any;
}

export interface Canned {
  data?: any;
  status?: number;
  statusText?: string;
  headers?: any;
}

/** An adapter that records what it receives and resolves with a canned response. */
export function recorder(canned: Canned | ((config: any) => Canned) = {}) {
  const calls: Captured[] = [];
  const adapter = (config: any) => {
    calls.push({
      url: config.url,
      method: config.method,
      headers: plain(config.headers.toJSON()),
      data: config.data,
      config,
    });
    const c = typeof canned === 'function' ? canned(config) : canned;
    return Promise.resolve({
      data: 'data' in c ? c.data : '{"ok":true}',
      status: c.status ?? 200,
      statusText: c.statusText ?? 'OK',
      headers: c.headers ?? { 'content-type': 'application/json' },
      config,
      request: {},
    });
  };
  return { calls, adapter };
}

/** A plain, ordinary-prototype copy of a (possibly null-prototype) record. */
export const plain = (obj: any) => (obj == null ? obj : Object.assign({}, obj));

export type Outcome =
  | { ok: true; calls: Captured[]; response: any }
  | { ok: false; calls: Captured[]; error: any };

/** Run `fn(instance)` on a fresh instance of the library with a recording adapter. */
export async function run(
  name: Lib,
  fn: (instance: any) => Promise<any>,
  createConfig: any = {},
  canned?: Canned | ((config: any) => Canned)
): Promise<Outcome> {
  const { calls, adapter } = recorder(canned);
  const instance = lib(name).create({ adapter, ...createConfig });
  try {
    const response = await fn(instance);
    return { ok: true, calls, response };
  } catch (error) {
    return { ok: false, calls, error };
  }
}

/** A comparable summary of an outcome: what reached the adapter, and the result. */
export function summary(outcome: Outcome) {
  const calls = outcome.calls.map(({ url, method, headers, data }) => ({ url, method, headers, data: describe(data) }));
  return outcome.ok
    ? { ok: true, calls, data: describe(outcome.response.data), status: outcome.response.status }
    : {
        ok: false,
        calls,
        name: outcome.error && outcome.error.name,
        code: outcome.error && outcome.error.code,
        message: outcome.error && outcome.error.message,
      };
}

/** FormData, URLSearchParams, Blobs and buffers as comparable plain values. */
export function describe(value: any): any {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag === 'FormData') return { FormData: [...value.entries()].map(([k, v]: any) => [k, describe(v)]) };
  if (tag === 'URLSearchParams') return { URLSearchParams: value.toString() };
  if (tag === 'Blob' || tag === 'File') return { [tag]: value.size, type: value.type };
  if (tag === 'ArrayBuffer') return { ArrayBuffer: [...new Uint8Array(value)] };
  return value;
}

/** Run a synchronous function, returning its value or a description of what it threw. */
export function attempt<T>(fn: () => T): { value: T } | { threw: { name: string; message: string; code?: string } } {
  try {
    return { value: fn() };
  } catch (error: any) {
    return { threw: { name: error && error.name, message: error && error.message, code: error && error.code } };
  }
}
