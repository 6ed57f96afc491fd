// The ES module entry: the default instance, and its statics as named exports.
import axios from './axios';
import type { CancelTokenStatic } from './types';
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
// Cancel and CancelToken are each a value and an interface of one name,
// declared together here so that the declarations name them as users import
// them (code built with `declaration: true` must be able to name a token's type).
export const Cancel = axios.Cancel;
export interface Cancel {
  message: string | undefined;
}
export const CancelToken: CancelTokenStatic = CancelTokenClass;
export interface CancelToken {
  promise: Promise<Cancel>;
  reason?: Cancel;
  throwIfRequested(): void;
  subscribe(listener: (cancel: Cancel | any) => void): void;
  unsubscribe(listener: (cancel: Cancel | any) => void): void;
  toAbortSignal(): AbortSignal;
}
export { HttpStatusCode } from './HttpStatusCode';
export default axios;
