import type { AxiosResponse, InternalAxiosRequestConfig } from '../types';
import { AxiosError } from './AxiosError';
import { AxiosHeaders } from './AxiosHeaders';
import { transformData } from './transformData';
import { headersUnread } from './lazyHeaders';
import { CanceledError } from '../cancel/CanceledError';
import { isCancel } from '../cancel/isCancel';
import { getAdapter } from '../adapters';
import { defaults } from '../defaults';
import { flattenOwn, isFunction, isObject } from '../helpers/object';

/**
 * Options of the wrong type are refused before anything is sent. Left alone
 * they fail later with a bare TypeError, or (a progress handler) throw at
 * every progress event while the request succeeds. Falsy means none, as the
 * adapters read these options.
 */
function checkOptionTypes(config: any) {
  const refuse = (name: string, type: string) => {
    throw new AxiosError('option ' + name + ' must be ' + type, 'ERR_BAD_OPTION_VALUE', config);
  };
  for (const name of ['validateStatus', 'onUploadProgress', 'onDownloadProgress', 'transformRequest', 'transformResponse']) {
    const value = config[name];
    // The transforms may also be a list, or an object, of functions.
    value && !isFunction(value) && !(name[0] == 't' && isObject(value) && Object.values(value).every(isFunction)) && refuse(name, 'a function');
  }
  config.method && typeof config.method != 'string' && refuse('method', 'a string');
  config.cancelToken && !isFunction(config.cancelToken.subscribe) && refuse('cancelToken', 'a CancelToken');
}

function throwIfCancelled(config: InternalAxiosRequestConfig) {
  config.cancelToken && config.cancelToken.throwIfRequested();
  if (config.signal && config.signal.aborted) throw new CanceledError(null, config);
}

/**
 * Send one request through its adapter: transform the body, pick the
 * adapter, then transform the response (or the error's response).
 */
export function dispatchRequest(input: InternalAxiosRequestConfig): Promise<AxiosResponse> {
  // An interceptor may hand back an ordinary object: flatten it so that
  // nothing inherited from Object.prototype is read as an option.
  const config = flattenOwn(input);
  checkOptionTypes(config);
  throwIfCancelled(config);
  config.headers = AxiosHeaders.from(config.headers);
  config.data = transformData(config, config.transformRequest);
  if (['post', 'put', 'patch'].includes(config.method)) {
    config.headers.setContentType('application/x-www-form-urlencoded', false);
  }
  const adapter = getAdapter(config.adapter || defaults.adapter, config);
  const start = Date.now();

  const transformResponse = (response: AxiosResponse) => {
    response.duration = Math.max(0, Date.now() - start);
    // transformResponse reads config.response to attach it to a JSON parse error.
    config.response = response;
    try {
      response.data = transformData(config, config.transformResponse, response);
    } finally {
      delete config.response;
    }
    headersUnread(response) || (response.headers = AxiosHeaders.from(response.headers as any));
  };

  return adapter(config).then(
    (response) => {
      throwIfCancelled(config);
      transformResponse(response);
      return response;
    },
    (reason) => {
      if (!isCancel(reason)) {
        throwIfCancelled(config);
        reason && reason.response && transformResponse(reason.response);
      }
      throw reason;
    }
  );
}
