import type { AxiosResponse } from '../types';
import { AxiosError } from './AxiosError';

/** Resolve with the response, or reject when validateStatus refuses its status (4xx: ERR_BAD_REQUEST, else ERR_BAD_RESPONSE). */
export function settle(resolve: (response: AxiosResponse) => void, reject: (error: AxiosError) => void, response: AxiosResponse) {
  const { status, config, request } = response;
  const validateStatus = config.validateStatus;
  let valid;
  try {
    valid = !status || !validateStatus || validateStatus(status);
  } catch (error) {
    // Thrown from an XHR event handler, it would leave the request pending.
    return reject(error as AxiosError);
  }
  if (valid) return resolve(response);
  reject(
    new AxiosError(
      'Request failed with status code ' + status,
      status >= 400 && status < 500 ? 'ERR_BAD_REQUEST' : 'ERR_BAD_RESPONSE',
      config,
      request,
      response
    )
  );
}
