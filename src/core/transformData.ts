import type { AxiosResponse } from '../types';
import { AxiosHeaders } from './AxiosHeaders';

/** Run transformRequest (without a response) or transformResponse over the data, with the config as `this`. */
export function transformData(config: any, transforms: any, response?: AxiosResponse): any {
  const context: any = response || config;
  const headers = AxiosHeaders.from(context.headers);
  let data = context.data;
  for (const transform of transforms == null ? [] : Array.isArray(transforms) ? transforms : [transforms]) {
    data = transform.call(config, data, headers.normalize(), response ? response.status : undefined);
  }
  headers.normalize();
  return data;
}
