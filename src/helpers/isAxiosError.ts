import type { AxiosError } from '../core/AxiosError';
import { isObject } from './object';

/** True for an error made by axios (this library or another copy of it). */
export const isAxiosError = <T = any, D = any, P = any>(payload: any): payload is AxiosError<T, D, P> =>
  isObject(payload) && payload.isAxiosError === true;
