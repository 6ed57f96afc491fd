import type { AxiosDefaults, AxiosRequestHeaders, AxiosResponseHeaders } from '../types';
import { AxiosError } from '../core/AxiosError';
import { transitionalDefaults } from './transitional';
import { toFormData } from '../helpers/toFormData';
import { formDataToJSON } from '../helpers/formDataToJSON';
import { isFormData, isObject, isString, safeGet, tagOf } from '../helpers/object';

export const METHODS = ['get', 'delete', 'head', 'options', 'post', 'put', 'patch', 'purge', 'link', 'unlink', 'query'];

// Bodies the browser sends as they are.
const RAW_BODIES = ['ArrayBuffer', 'Blob', 'File', 'ReadableStream'];

/** Request bodies: objects as JSON (or a form when the Content-Type asks), other bodies as they are. */
function transformRequest(this: any, data: any, headers: AxiosRequestHeaders): any {
  const contentType = String(headers.getContentType() || '');
  const asJSON = contentType.includes('application/json');
  const isObjectPayload = isObject(data);
  const tag = tagOf(data);

  if (tag == 'HTMLFormElement' || isFormData(data)) {
    // A <form> is sent as its FormData.
    if (tag == 'HTMLFormElement') data = new FormData(data);
    return asJSON ? JSON.stringify(formDataToJSON(data)) : data;
  }
  if (RAW_BODIES.includes(tag)) return data;
  if (ArrayBuffer.isView(data)) {
    // Only the viewed bytes, never the rest of a shared buffer.
    const { buffer, byteOffset, byteLength } = data;
    return byteOffset || byteLength !== buffer.byteLength ? buffer.slice(byteOffset, byteOffset + byteLength) : buffer;
  }
  if (tag == 'URLSearchParams') {
    headers.setContentType('application/x-www-form-urlencoded;charset=utf-8', false);
    return data.toString();
  }
  if (isObjectPayload) {
    const formSerializer = safeGet(this, 'formSerializer');
    if (contentType.includes('application/x-www-form-urlencoded')) {
      return toFormData(data, new URLSearchParams(), formSerializer).toString();
    }
    const isFileList = tag == 'FileList';
    if (isFileList || contentType.includes('multipart/form-data')) {
      const FormDataClass = safeGet(safeGet(this, 'env'), 'FormData');
      return toFormData(isFileList ? { 'files[]': data } : data, FormDataClass && new FormDataClass(), formSerializer);
    }
  }
  if (isObjectPayload || asJSON) {
    headers.setContentType('application/json', false);
    return stringifySafely(data);
  }
  return data;
}

/** A string that already is JSON is sent as is; anything else is serialized. */
function stringifySafely(value: any) {
  if (isString(value)) {
    try {
      JSON.parse(value);
      return value.trim();
    } catch (error: any) {
      if (error.name !== 'SyntaxError') throw error;
    }
  }
  try {
    return JSON.stringify(value);
  } catch (error) {
    // A cycle or a structure too deep to serialize: a clear error, not a crash.
    throw AxiosError.from(error, 'ERR_BAD_OPTION_VALUE');
  }
}

/** Response bodies: JSON parsed when asked for, or when it looks like the default text. */
export function transformResponse(this: any, data: any, _headers?: AxiosResponseHeaders) {
  const transitional = safeGet(this, 'transitional') || transitionalDefaults;
  const responseType = safeGet(this, 'responseType');
  const jsonRequested = responseType === 'json';
  if (data && isString(data) && ((transitional.forcedJSONParsing && !responseType) || jsonRequested)) {
    try {
      return JSON.parse(data, safeGet(this, 'parseReviver'));
    } catch (error: any) {
      if (!transitional.silentJSONParsing && jsonRequested) {
        if (error.name === 'SyntaxError') throw AxiosError.from(error, 'ERR_BAD_RESPONSE', this, null, safeGet(this, 'response'));
        throw error;
      }
    }
  }
  return data;
}

const headers: any = {
  common: {
    Accept: 'application/json, text/plain, */*',
    'Content-Type': undefined,
  },
};
for (const method of METHODS) headers[method] = {};

export const defaults: AxiosDefaults = {
  transitional: transitionalDefaults,
  adapter: ['xhr', 'fetch'],
  transformRequest: [transformRequest],
  transformResponse: [transformResponse],
  timeout: 0,
  xsrfCookieName: 'XSRF-TOKEN',
  xsrfHeaderName: 'X-XSRF-TOKEN',
  maxContentLength: -1,
  maxBodyLength: -1,
  // Undefined where the runtime has none.
  env: { FormData: globalThis.FormData, Blob: globalThis.Blob } as any,
  validateStatus: (status: number) => status >= 200 && status < 300,
  headers,
};
