import type { AxiosResponse } from '../types';
import { AxiosError } from './AxiosError';

/** Resolve with the response, or reject when validateStatus refuses its status (4xx: ERR_BAD_REQUEST, else ERR_BAD_RESPONSE). */
export function settle(resolve: (response: AxiosResponse) => void, reject: (error: AxiosError) => void, response: AxiosResponse) {
  const { status, config, request } = response;
  const validateStatus = config.validateStatus;
  if (!status || !validateStatus || validateStatus(status)) return resolve(response);
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
