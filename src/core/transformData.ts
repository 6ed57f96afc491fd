import type { AxiosResponse } from '../types';
import { AxiosHeaders } from './AxiosHeaders';
import { headersUnread } from './lazyHeaders';
import { transformResponse } from '../defaults';

/** Run transformRequest (without a response) or transformResponse over the data, with the config as `this`. */
export function transformData(config: any, transforms: any, response?: AxiosResponse): any {
  const context: any = response || config;
  let headers: AxiosHeaders | undefined;
  const normalized = () => (headers ||= AxiosHeaders.from(context.headers)).normalize();
  // A response's headers not read yet stay unparsed through the built-in
  // transform, which never looks at them.
  const unread = () => !!response && headersUnread(response);
  let data = context.data;
  for (const transform of transforms == null ? [] : Array.isArray(transforms) ? transforms : [transforms]) {
    const given = transform === transformResponse && unread() ? undefined : normalized();
    data = transform.call(config, data, given, response ? response.status : undefined);
  }
  unread() || normalized();
  return data;
}
