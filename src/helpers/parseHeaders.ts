// Parse the raw header block of a response (XMLHttpRequest's
// getAllResponseHeaders) into an object with lower-case names.

import { nullObject } from './object';

// Headers a server may send only once: a repeat is ignored, not joined.
// A spaced string, not a Set: nothing to build when the library loads.
const SINGLE =
  ' age authorization content-length content-type etag expires from host if-modified-since if-unmodified-since last-modified location max-forwards proxy-authorization referer retry-after user-agent ';

export function parseHeaders(raw: string): Record<string, string | string[]> {
  const parsed: Record<string, any> = nullObject();
  for (const line of raw.split('\n')) {
    const colon = line.indexOf(':');
    const name = line.substring(0, colon).trim().toLowerCase();
    const value = line.substring(colon + 1).trim();
    const seen = name in parsed;
    if (!name || (seen && SINGLE.includes(' ' + name + ' '))) continue;
    if (name === 'set-cookie') (parsed[name] ||= []).push(value);
    else parsed[name] = seen ? parsed[name] + ', ' + value : value;
  }
  return parsed;
}
