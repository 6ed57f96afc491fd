import type { AxiosResponse } from '../types';
import { AxiosHeaders } from './AxiosHeaders';

// Responses whose headers nobody has read yet.
const unread = new WeakSet<object>();

/**
 * A response whose `headers` are parsed from the raw headers (XMLHttpRequest's
 * header block, or a fetch Response's Headers) the first time they are read:
 * parsing them is a good share of what a request costs, and most callers
 * never look at them. XMLHttpRequest's block is taken at once, so nothing
 * done to the request later (an abort() after the end empties it) changes
 * what they read; a Response's Headers cannot change.
 */
export function withLazyHeaders(
  data: any,
  status: number,
  statusText: string,
  config: any,
  request: any,
  raw: any
): AxiosResponse {
  let headers: any;
  const response = {
    data,
    status,
    statusText,
    get headers() {
      return unread.delete(response) ? (headers = AxiosHeaders.from(raw)) : headers;
    },
    set headers(value) {
      unread.delete(response);
      headers = value;
    },
    config,
    request,
  };
  unread.add(response);
  return response;
}

/** Whether a response's headers are still unparsed; parsed, they are AxiosHeaders, already normalized. */
export const headersUnread = (response: object): boolean => unread.has(response);
