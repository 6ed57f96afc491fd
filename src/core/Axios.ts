import type {
  AxiosDefaults,
  AxiosInterceptorManager,
  AxiosMethods,
  AxiosRequestConfig,
  AxiosResponse,
  AxiosResponseDefault,
  AxiosResponseResult,
  InternalAxiosRequestConfig,
  TransitionalOptions,
} from '../types';
import { AxiosError } from './AxiosError';
import { AxiosHeaders } from './AxiosHeaders';
import { InterceptorManager } from './InterceptorManager';
import { dispatchRequest } from './dispatchRequest';
import { asPlain, merge, mergeConfig } from './mergeConfig';
import { buildFullPath } from './buildFullPath';
import { buildURL } from '../helpers/buildURL';
import { transitionalDefaults } from '../defaults/transitional';
import { METHODS } from '../defaults';
import { isFunction, isObject, isPlainObject, nullObject, ownKeys, safeGet, setOwn, tagOf } from '../helpers/object';

/** Check option types: a wrong type is ERR_BAD_OPTION_VALUE, an unknown name ERR_BAD_OPTION unless allowed. */
function assertOptions(options: any, schema: Record<string, string>, allowUnknown: boolean) {
  if (!isObject(options)) throw new AxiosError('options must be an object', 'ERR_BAD_OPTION_VALUE');
  // Last to first, so that with several bad options the same one as axios's is reported.
  for (const name of Object.keys(options).reverse()) {
    const type = safeGet(schema, name);
    if (type) {
      const value = options[name];
      if (value !== undefined && typeof value != type) {
        throw new AxiosError('option ' + name + ' must be a ' + type, 'ERR_BAD_OPTION_VALUE');
      }
    } else if (!allowUnknown) {
      throw new AxiosError('Unknown option ' + name, 'ERR_BAD_OPTION');
    }
  }
}

const warnMisspelt = (wrong: string, right: string) => console.warn(wrong + ' is likely a misspelling of ' + right);

const TRANSITIONAL_SCHEMA: Record<string, string> = {};
for (const name of Object.keys(transitionalDefaults)) TRANSITIONAL_SCHEMA[name] = 'boolean';

/** A headers bucket in defaults (`common`, `get`, ...), as opposed to a header that happens to have such a name. */
const isBucket = (value: any) => value == null || isPlainObject(value) || tagOf(value) == 'AxiosHeaders';
const BUCKETS = new Set<PropertyKey>([...METHODS, 'common']);

export class Axios {
  defaults: AxiosDefaults;
  // Typed by the public interface, as axios types them, so that code and
  // libraries written for axios's interceptor managers accept these.
  interceptors: {
    request: AxiosInterceptorManager<InternalAxiosRequestConfig>;
    response: AxiosInterceptorManager<AxiosResponse>;
  };

  constructor(instanceConfig?: AxiosRequestConfig) {
    this.defaults = (instanceConfig || {}) as AxiosDefaults;
    this.interceptors = { request: new InterceptorManager() as any, response: new InterceptorManager() as any };
  }

  request<T = any, R = AxiosResponseDefault, D = any, P = any>(
    config: AxiosRequestConfig<D, P>
  ): Promise<AxiosResponseResult<T, R, D, P>>;
  // The older signature, as in AxiosMethods.
  request<T = any, R = AxiosResponse<T>, D = any>(config: AxiosRequestConfig<D>): Promise<R>;
  async request(configOrUrl: any, config?: any): Promise<any> {
    // A copy with the url: the caller's config is left as it was (it may be frozen).
    config = typeof configOrUrl == 'string' ? nullObject(config, { url: configOrUrl }) : configOrUrl || {};
    const defaultHeaders = asPlain(safeGet(this.defaults, 'headers'));
    const callHeaders = asPlain(safeGet(config, 'headers'));
    config = mergeConfig(this.defaults as AxiosRequestConfig, config, true);
    const { transitional, paramsSerializer } = config;

    transitional !== undefined && assertOptions(transitional, TRANSITIONAL_SCHEMA, false);
    if (paramsSerializer != null) {
      isFunction(paramsSerializer)
        ? (config.paramsSerializer = { serialize: paramsSerializer })
        : assertOptions(paramsSerializer, { encode: 'function', serialize: 'function' }, true);
    }
    config.allowAbsoluteUrls ??= true;
    config.baseUrl !== undefined && warnMisspelt('baseUrl', 'baseURL');
    config.withXsrfToken !== undefined && warnMisspelt('withXsrfToken', 'withXSRFToken');
    const method = config.method || safeGet(this.defaults, 'method') || 'get';
    // One that is not text is refused in dispatchRequest, with the other option types.
    config.method = typeof method == 'string' ? method.toLowerCase() : method;

    // The headers, as mergeConfig would merge the defaults' and the call's,
    // flattened: the common bucket, this method's bucket, then plain headers.
    // Done here so the buckets of other methods are never copied.
    // A raw header block (a string, pairs, a Headers) replaces what it is
    // merged over, as in a merge: the call's, or the instance's when the call has none.
    const block = callHeaders === undefined ? defaultHeaders : callHeaders;
    if (block !== undefined && !isPlainObject(block)) {
      config.headers = AxiosHeaders.from(block);
    } else {
      // One pass over each source. A bucket is named in any case (axios's
      // case-insensitive merge folds `Common` into the defaults' `common`); only
      // `common` and this method's are kept. Any other key is a header. As in a
      // merge, a later plain object merges into a bucket, anything else replaces it.
      const common: any[] = [];
      const method: any[] = [];
      const plain = [defaultHeaders, callHeaders].filter(isPlainObject).map((headers) => {
        const headersOnly: any = {};
        for (const key of ownKeys(headers)) {
          const value = headers[key];
          const bucket = typeof key != 'string' ? '' : BUCKETS.has(key) ? key : key.toLowerCase();
          const found = bucket == 'common' ? common : bucket == config.method ? method : 0;
          if (found) {
            isPlainObject(value) || found.splice(0);
            isBucket(value) && found.push(value);
          }
          if (!(BUCKETS.has(bucket) && isBucket(value))) setOwn(headersOnly, key, value);
        }
        return headersOnly;
      });
      config.headers = AxiosHeaders.concat(merge([...common, ...method]), merge(plain, true));
    }

    const requestChain: any[] = [];
    let synchronous = true;
    const legacyOrder = ((transitional || transitionalDefaults) as TransitionalOptions).legacyInterceptorReqResOrdering;
    (this.interceptors.request as InterceptorManager<InternalAxiosRequestConfig>).forEach((interceptor) => {
      if (isFunction(interceptor.runWhen) && interceptor.runWhen(config) === false) return;
      synchronous = synchronous && interceptor.synchronous;
      // The legacy (and default) order runs the last added request interceptor first.
      legacyOrder ? requestChain.unshift(interceptor) : requestChain.push(interceptor);
    });

    // One loop for both kinds of request interceptors. When all are
    // synchronous they run here and the request is sent in this same tick;
    // otherwise each runs in turn on a promise. A synchronous interceptor
    // that throws is handed to its own onRejected: if that recovers, the
    // request goes out with the last good config and later interceptors are
    // skipped, as in axios.
    let promise: Promise<any> | undefined = synchronous ? undefined : Promise.resolve(config);
    let current = config;
    for (const { fulfilled, rejected } of requestChain) {
      if (promise) {
        promise = promise.then(fulfilled, rejected);
        continue;
      }
      try {
        current = fulfilled ? fulfilled(current) : current;
      } catch (error) {
        try {
          if (!rejected) throw error;
          const recovered = rejected.call(this, error);
          const lastGood = current;
          if (recovered && isFunction(recovered.then)) promise = Promise.resolve(recovered).then(() => lastGood);
        } catch (failure) {
          promise = Promise.reject(failure);
        }
        break;
      }
    }
    if (promise) {
      promise = promise.then(dispatchRequest);
    } else {
      try {
        promise = dispatchRequest(current);
      } catch (error) {
        promise = Promise.reject(error);
      }
    }
    (this.interceptors.response as InterceptorManager<AxiosResponse>).forEach(({ fulfilled, rejected }) => {
      promise = promise!.then(fulfilled as any, rejected);
    });
    return promise;
  }

  getUri(config?: AxiosRequestConfig): string {
    const merged: any = mergeConfig(this.defaults as AxiosRequestConfig, config);
    return buildURL(
      buildFullPath(merged.baseURL, merged.url, merged.allowAbsoluteUrls, merged),
      merged.params,
      merged.paramsSerializer
    );
  }
}

export interface Axios extends AxiosMethods {}

// The aliases only set method, url and data (and a form's Content-Type):
// request() does the one full merge, so none is done here.
const proto: any = Axios.prototype;
for (const method of ['delete', 'get', 'head', 'options']) {
  proto[method] = async function (this: Axios, url: string, config?: AxiosRequestConfig) {
    return this.request(nullObject(config, { method, url, data: safeGet(config, 'data') }));
  };
}
for (const method of ['post', 'put', 'patch', 'query']) {
  const withData = (isForm?: boolean) =>
    async function (this: Axios, url: string, data?: any, config?: AxiosRequestConfig) {
      // Empty call headers (null, false, '') leave the defaults' in place, as axios's aliases do.
      return this.request(
        isForm
          ? mergeConfig(config || {}, { method, headers: { 'Content-Type': 'multipart/form-data' }, url, data })
          : nullObject(config, { method, url, data, headers: safeGet(config, 'headers') || undefined })
      );
    };
  proto[method] = withData();
  // QUERY is a safe, read-only method: a form body does not fit it.
  if (method != 'query') proto[method + 'Form'] = withData(true);
}
