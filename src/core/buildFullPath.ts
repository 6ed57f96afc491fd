import { AxiosError } from './AxiosError';
import { isAbsoluteURL } from '../helpers/isAbsoluteURL';
import { combineURLs } from '../helpers/combineURLs';
import { REDACTED, redactURL } from '../helpers/redactURL';

// `https:host/path` is not a relative path: a browser would read it as
// https://host/path and silently leave baseURL. Checked after the leading
// controls and spaces, tabs and newlines that URL parsing ignores are removed.
function assertHasSlashes(url: unknown, config: any) {
  if (typeof url != 'string') return;
  const normalized = url.replace(/^[\0- ]+/, '').replace(/[\t\n\r]/g, '');
  if (/^https?:(?!\/\/)/i.test(normalized)) {
    throw new AxiosError(
      'Invalid URL ' +
        JSON.stringify(redactURL(normalized).replace(/([?&][^=&#?]*=)[^&#]*/g, '$1' + REDACTED).replace(/#.+/, '#' + REDACTED)) +
        ': missing "//" after protocol',
      'ERR_INVALID_URL',
      config
    );
  }
}

/**
 * The URL to request: a relative URL joined to baseURL; an absolute one as
 * is, unless allowAbsoluteUrls is false, which keeps every request under baseURL.
 */
export function buildFullPath(baseURL: string | undefined, requestedURL: string, allowAbsoluteUrls?: boolean, config?: any): string {
  // A URL object (or a number) is read as its text, as the browser reads it.
  baseURL &&= String(baseURL);
  if (requestedURL != null) requestedURL = String(requestedURL);
  assertHasSlashes(requestedURL, config);
  if (baseURL && (!isAbsoluteURL(requestedURL) || allowAbsoluteUrls === false)) {
    assertHasSlashes(baseURL, config);
    return combineURLs(baseURL, requestedURL);
  }
  return requestedURL;
}
