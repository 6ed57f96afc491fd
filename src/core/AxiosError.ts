import type { AxiosResponse, InternalAxiosRequestConfig } from '../types';
import { AxiosHeaders } from './AxiosHeaders';
import { defineValue, isObject, isPlainObject, isString, isUnsafeKey, safeGet, setOwn } from '../helpers/object';
import { REDACTED, redactURL } from '../helpers/redactURL';

const CODES =
  'ERR_BAD_OPTION_VALUE ERR_BAD_OPTION ECONNABORTED ETIMEDOUT ECONNREFUSED ERR_NETWORK ERR_FR_TOO_MANY_REDIRECTS ERR_DEPRECATED ERR_BAD_RESPONSE ERR_BAD_REQUEST ERR_CANCELED ERR_NOT_SUPPORT ERR_INVALID_URL ERR_FORM_DATA_DEPTH_EXCEEDED';

export class AxiosError<T = unknown, D = any, P = any> extends Error {
  declare config?: InternalAxiosRequestConfig<D, P>;
  declare code?: string;
  declare request?: any;
  declare response?: AxiosResponse<T, D, {}, P>;
  declare isAxiosError: boolean;
  declare status?: number;
  declare cause?: Error;
  declare event?: any;

  declare static readonly ERR_FR_TOO_MANY_REDIRECTS: 'ERR_FR_TOO_MANY_REDIRECTS';
  declare static readonly ERR_BAD_OPTION_VALUE: 'ERR_BAD_OPTION_VALUE';
  declare static readonly ERR_BAD_OPTION: 'ERR_BAD_OPTION';
  declare static readonly ERR_NETWORK: 'ERR_NETWORK';
  declare static readonly ERR_DEPRECATED: 'ERR_DEPRECATED';
  declare static readonly ERR_BAD_RESPONSE: 'ERR_BAD_RESPONSE';
  declare static readonly ERR_BAD_REQUEST: 'ERR_BAD_REQUEST';
  declare static readonly ERR_NOT_SUPPORT: 'ERR_NOT_SUPPORT';
  declare static readonly ERR_INVALID_URL: 'ERR_INVALID_URL';
  declare static readonly ERR_CANCELED: 'ERR_CANCELED';
  declare static readonly ERR_FORM_DATA_DEPTH_EXCEEDED: 'ERR_FORM_DATA_DEPTH_EXCEEDED';
  declare static readonly ECONNABORTED: 'ECONNABORTED';
  declare static readonly ECONNREFUSED: 'ECONNREFUSED';
  declare static readonly ETIMEDOUT: 'ETIMEDOUT';

  constructor(
    message?: string,
    code?: string,
    config?: InternalAxiosRequestConfig<D, P>,
    request?: any,
    response?: AxiosResponse<T, D, {}, P>
  ) {
    super(message);
    // Enumerable, as axios has it: loggers that walk own keys show the message.
    defineValue(this, 'message', message, true);
    // Defined, not assigned: where Error.prototype is frozen (hardened
    // JavaScript), assigning a name it already has would throw.
    defineValue(this, 'name', 'AxiosError', true);
    this.isAxiosError = true;
    code && (this.code = code);
    config && (this.config = config);
    request && (this.request = request);
    if (response) {
      this.response = response;
      this.status = response.status;
    }
  }

  /** Wrap any thrown value, keeping it as the non-enumerable `cause`. */
  static from<T = unknown, D = any, P = any>(
    error: Error | unknown,
    code?: string | null,
    config?: InternalAxiosRequestConfig<D, P>,
    request?: any,
    response?: AxiosResponse<T, D, {}, P>,
    customProps?: object
  ): AxiosError<T, D, P> {
    const source: any = isObject(error) ? error : { message: String(error) };
    let message = source.message;
    // An AggregateError keeps its detail in errors[], with an empty message.
    if (!message && Array.isArray(source.errors)) {
      message = source.errors.map((entry: any) => (entry && entry.message) || String(entry)).join('; ') || source.name;
    }
    const axiosError = new AxiosError<T, D, P>(message, code || source.code, config, request, response);
    defineValue(axiosError, 'cause', error);
    source.name && (axiosError.name = source.name);
    if (source.status != null && axiosError.status == null) axiosError.status = source.status;
    customProps && Object.assign(axiosError, customProps);
    return axiosError;
  }

  toJSON(): object {
    const { config } = this;
    const redact = safeGet(config, 'redact');
    const serialized: any = toJSONObject(config, Array.isArray(redact) && redact.length ? redact : null);
    for (const key of ['url', 'baseURL']) {
      if (isString(safeGet(serialized, key))) serialized[key] = redactURL(serialized[key]);
    }
    // The standard fields, Microsoft's and Mozilla's, then axios's.
    const json: any = {};
    for (const key of 'message name description number fileName lineNumber columnNumber stack config code status'.split(' ')) {
      json[key] = key == 'config' ? serialized : (this as any)[key];
    }
    return json;
  }
}

for (const code of CODES.split(' ')) (AxiosError as any)[code] = code;

/**
 * A JSON-safe snapshot: cycles dropped, Sets as arrays, objects with their own
 * toJSON left for JSON.stringify. With `redact`, the values of those keys
 * (any case, any depth, headers included) are replaced.
 */
function toJSONObject(value: any, redact: string[] | null): any {
  const keys = redact && new Set(redact.map((key) => String(key).toLowerCase()));
  const path: object[] = [];
  const visit = (source: any): any => {
    if (!isObject(source)) return source;
    if (keys && source instanceof AxiosHeaders) source = (source as any).toJSON();
    else if (!isPlainObject(source) && typeof (source as any).toJSON == 'function') return source;
    if (path.includes(source)) return;
    path.push(source);
    let target: any;
    if (source instanceof Set) {
      target = [...source].map(visit).filter((item) => item !== undefined);
    } else {
      target = Array.isArray(source) ? [] : {};
      for (const key of Object.keys(source)) {
        if (isUnsafeKey(key)) continue;
        const item = keys && keys.has(key.toLowerCase()) ? REDACTED : visit(source[key]);
        item !== undefined && setOwn(target, key, item);
      }
    }
    path.pop();
    return target;
  };
  return visit(value);
}
