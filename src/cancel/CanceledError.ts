import type { InternalAxiosRequestConfig } from '../types';
import { AxiosError } from '../core/AxiosError';

/** The rejection of a request that was cancelled, by a signal or a CancelToken. */
export class CanceledError<T = unknown, D = any, P = any> extends AxiosError<T, D, P> {
  declare readonly name: 'CanceledError';
  declare __CANCEL__?: boolean;

  constructor(message?: string | null, config?: InternalAxiosRequestConfig<D, P>, request?: any) {
    super(message == null ? 'canceled' : message, 'ERR_CANCELED', config, request);
    (this as any).name = 'CanceledError';
    this.__CANCEL__ = true;
  }
}
