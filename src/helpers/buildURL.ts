import type { ParamsSerializerOptions } from '../types';
import { AxiosError } from '../core/AxiosError';
import { isFunction, isObject, safeGet, tagOf } from './object';
import { toFormData } from './toFormData';

/** Percent-encoding for a query string, leaving `:`, `$` and `,` readable and spaces as `+`. */
export const encodeParam = (value: any): string =>
  encodeURIComponent(value).replace(/%(3A|24|2C|20)/g, (_, hex) => (hex == '20' ? '+' : String.fromCharCode(parseInt(hex, 16))));

/** application/x-www-form-urlencoded encoding, as URLSearchParams writes it. */
const encodeForm = (value: any): string =>
  encodeURIComponent(value).replace(/[!'()~]|%20/g, (char) => (char == '%20' ? '+' : '%' + char.charCodeAt(0).toString(16).toUpperCase()));

/** Append params to a URL (dropping its #fragment), serialized as axios does. */
export function buildURL(url: string, params?: any, options?: ParamsSerializerOptions | ((params: any) => string)): string {
  if (!params) return url;
  url = url || '';
  const settings: any = isFunction(options) ? { serialize: options } : options;
  const serialize = safeGet(settings, 'serialize');
  let query: string;
  if (serialize) {
    query = serialize(params, settings);
  } else if (tagOf(params) == 'URLSearchParams') {
    query = params.toString();
  } else {
    if (!isObject(params)) throw new AxiosError('option params must be an object', 'ERR_BAD_OPTION_VALUE');
    const encode = safeGet(settings, 'encode');
    const pairs: string[] = [];
    const encodeOne = (value: any) => (encode ? encode(value, encodeForm) : encodeParam(value));
    toFormData(params, { append: (name: any, value: any) => pairs.push(encodeOne(name) + '=' + encodeOne(value)) }, settings);
    query = pairs.join('&');
  }
  if (query) {
    const hash = url.indexOf('#');
    if (hash >= 0) url = url.slice(0, hash);
    url += (url.includes('?') ? '&' : '?') + query;
  }
  return url;
}
