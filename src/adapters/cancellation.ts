import { AxiosError } from '../core/AxiosError';
import { CanceledError } from '../cancel/CanceledError';
import { transitionalDefaults } from '../defaults/transitional';

/**
 * Listen to a request's signal and CancelToken (either may come first);
 * `cancel` gets the CanceledError to reject with: the token's own reason, or
 * a new one for a signal. Returns the function that stops listening.
 */
export function onCancel(resolved: any, config: any, request: () => any, cancel: (reason: any) => void) {
  const { cancelToken, signal } = resolved;
  const listener = (reason?: any) => cancel(!reason || reason.type ? new CanceledError(null, config, request()) : reason);
  cancelToken && cancelToken.subscribe(listener);
  signal && (signal.aborted ? listener() : signal.addEventListener && signal.addEventListener('abort', listener));
  return () => {
    cancelToken && cancelToken.unsubscribe(listener);
    signal && signal.removeEventListener && signal.removeEventListener('abort', listener);
  };
}

/** The timeout error both adapters raise: ECONNABORTED, or ETIMEDOUT with clarifyTimeoutError. */
export const timeoutError = (resolved: any, config: any, request: any) =>
  new AxiosError(
    resolved.timeoutErrorMessage || (resolved.timeout ? 'timeout of ' + resolved.timeout + 'ms exceeded' : 'timeout exceeded'),
    (resolved.transitional || transitionalDefaults).clarifyTimeoutError ? 'ETIMEDOUT' : 'ECONNABORTED',
    config,
    request
  );
