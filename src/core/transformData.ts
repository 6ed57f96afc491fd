import type { AxiosResponse } from '../types';
import { AxiosHeaders } from './AxiosHeaders';
import { headersUnread } from './lazyHeaders';
import { transformResponse } from '../defaults';
import { isFunction } from '../helpers/object';

/** Run transformRequest (without a response) or transformResponse over the data, with the config as `this`. */
export function transformData(config: any, transforms: any, response?: AxiosResponse): any {
  const context: any = response || config;
  // A response's headers not read yet stay unparsed through the built-in
  // transform, which never looks at them; parsed, they are normalized already.
  let headers: AxiosHeaders | undefined = response && headersUnread(response) ? undefined : AxiosHeaders.from(context.headers);
  let data = context.data;
  // One function, a list, or (as axios allows) an object whose values run in key order.
  for (const transform of Array.isArray(transforms) ? transforms : isFunction(transforms) ? [transforms] : Object.values(transforms || [])) {
    if (transform !== transformResponse) headers ||= AxiosHeaders.from(context.headers);
    data = transform.call(config, data, headers && headers.normalize(), response ? response.status : undefined);
  }
  headers && headers.normalize();
  return data;
}
