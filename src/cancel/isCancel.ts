import type { CanceledError } from './CanceledError';

/** True for the error of a cancelled request (also one made by another copy of the library). */
export const isCancel = <T = any, D = any, P = any>(value: any): value is CanceledError<T, D, P> =>
  !!(value && value.__CANCEL__);
