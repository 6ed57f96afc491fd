import type { AxiosAdapter, AxiosAdapterConfig, AxiosRequestConfig } from '../types';
import { AxiosError } from '../core/AxiosError';
import { hasOwn, isFunction } from '../helpers/object';
import { xhrAdapter } from './xhr';
import { getFetch } from './fetch';

// null: known, but not in this build (axios's Node adapter). { get }: false
// where the environment lacks it. XMLHttpRequest is looked up only when
// asked for: touching it at load makes the page build its interface, 7 KB
// of heap.
const KNOWN: Record<string, any> = {
  http: null,
  xhr: { get: () => typeof XMLHttpRequest != 'undefined' && xhrAdapter },
  fetch: { get: getFetch },
};

/**
 * The first adapter of the list that this environment supports: a function
 * as is, or a name ('xhr', 'fetch'). ERR_NOT_SUPPORT, saying why, when none fits.
 */
export function getAdapter(
  adapters: AxiosAdapterConfig | AxiosAdapterConfig[] | undefined,
  config?: AxiosRequestConfig
): AxiosAdapter {
  const list = Array.isArray(adapters) ? adapters : [adapters];
  const rejected: Record<string, any> = {};
  let adapter: any;
  for (let i = 0; i < list.length; i++) {
    let id: string | undefined;
    adapter = list[i];
    if (!isFunction(adapter) && adapter !== null && adapter !== false) {
      id = String(adapter);
      adapter = hasOwn(KNOWN, id.toLowerCase()) ? KNOWN[id.toLowerCase()] : undefined;
      if (adapter === undefined) throw new AxiosError(`Unknown adapter '${id}'`);
    }
    if (adapter && (isFunction(adapter) || (adapter = adapter.get(config)))) return adapter;
    rejected[id || '#' + i] = adapter;
  }
  const reasons = Object.entries(rejected).map(
    ([id, state]) => `adapter ${id} ` + (state === false ? 'is not supported by the environment' : 'is not available in the build')
  );
  throw new AxiosError(
    'There is no suitable adapter to dispatch the request ' +
      (!list.length
        ? 'as no adapter specified'
        : reasons.length > 1
          ? 'since :\n' + reasons.map((reason) => '- ' + reason).join('\n')
          : ' - ' + reasons[0]),
    'ERR_NOT_SUPPORT'
  );
}
