// The ES module entry: the default instance, and its statics as named exports.
import axios from './axios';
import type { Cancel as CancelInstance, CancelTokenStatic, CancelToken as CancelTokenInstance } from './types';
import type { HttpStatusCode as StatusCode, HttpStatusCodes } from './helpers/HttpStatusCode';
import { CancelToken as CancelTokenClass } from './cancel/CancelToken';

export type * from './types';
export { Axios } from './core/Axios';
export { AxiosError } from './core/AxiosError';
export { AxiosHeaders } from './core/AxiosHeaders';
export { CanceledError } from './cancel/CanceledError';
export { isCancel } from './cancel/isCancel';
export { mergeConfig } from './core/mergeConfig';
export { getAdapter } from './adapters';
export { toFormData } from './helpers/toFormData';
export { formToJSON } from './helpers/formDataToJSON';
export { isAxiosError } from './helpers/isAxiosError';
export { all, spread } from './helpers/promises';
export { VERSION } from './version';

export const create = axios.create;
export const Cancel = axios.Cancel;
export type Cancel = CancelInstance;
export const CancelToken: CancelTokenStatic = CancelTokenClass;
export type CancelToken = CancelTokenInstance;
// Read here, so the module builds it at load (the UMD global waits for a first read).
export const HttpStatusCode: HttpStatusCodes = axios.HttpStatusCode;
export type HttpStatusCode = StatusCode;
export default axios;
