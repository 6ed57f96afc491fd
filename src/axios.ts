import type { AxiosInstance, AxiosRequestConfig, AxiosStatic, CreateAxiosDefaults } from './types';
import { Axios } from './core/Axios';
import { AxiosError } from './core/AxiosError';
import { AxiosHeaders } from './core/AxiosHeaders';
import { mergeConfig } from './core/mergeConfig';
import { CanceledError } from './cancel/CanceledError';
import { CancelToken } from './cancel/CancelToken';
import { isCancel } from './cancel/isCancel';
import { defaults } from './defaults';
import { getAdapter } from './adapters';
import { toFormData } from './helpers/toFormData';
import { formToJSON } from './helpers/formDataToJSON';
import { decodeStatusCodes } from './helpers/HttpStatusCode';
import { isAxiosError } from './helpers/isAxiosError';
import { all, spread } from './helpers/promises';
import { defineValue } from './helpers/object';
import { VERSION } from './version';

/** A callable instance: `instance(config)` is `instance.request(config)`, with every method bound. */
function createInstance(instanceDefaults: AxiosRequestConfig): AxiosInstance {
  const context = new Axios(instanceDefaults);
  const instance: any = (configOrUrl: any, config?: any) => (context.request as any)(configOrUrl, config);
  for (const key of Object.getOwnPropertyNames(Axios.prototype)) {
    if (key != 'constructor') instance[key] = (context as any)[key].bind(context);
  }
  Object.assign(instance, context);
  instance.create = (config?: CreateAxiosDefaults) =>
    createInstance(mergeConfig(instanceDefaults, config as AxiosRequestConfig));
  return instance;
}

/** The default instance, with the whole static API: the UMD global `axios`. */
const axios = createInstance(defaults as AxiosRequestConfig) as AxiosStatic;

Object.assign(axios, {
  Axios,
  AxiosError,
  CanceledError,
  Cancel: CanceledError,
  CancelToken,
  isCancel,
  VERSION,
  toFormData,
  all,
  spread,
  isAxiosError,
  mergeConfig,
  AxiosHeaders,
  formToJSON,
  getAdapter,
  default: axios,
});

// require('plume') is this object and its `default` is itself, as in a module
// compiled from ES syntax: saying so lets interop code take `default` without
// wrapping, and lets Jest's automock, which otherwise skips getters, see
// HttpStatusCode below.
defineValue(axios, '__esModule', true);

// HttpStatusCode is built when first read, and is an ordinary property from
// then on: most pages never read it, and decoding it at load was about a
// tenth of the start-up (0.2 ms in Chromium) and 6 KB of resident heap.
Object.defineProperty(axios, 'HttpStatusCode', {
  configurable: true,
  enumerable: true,
  get() {
    return defineValue(this, 'HttpStatusCode', decodeStatusCodes(), true).HttpStatusCode;
  },
  set(value) {
    defineValue(this, 'HttpStatusCode', value, true);
  },
});

export default axios;
