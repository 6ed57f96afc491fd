import { AxiosError } from '../core/AxiosError';
import { AxiosHeaders } from '../core/AxiosHeaders';
import { buildFullPath } from '../core/buildFullPath';
import { buildURL } from '../helpers/buildURL';
import { readCookie } from '../helpers/cookies';
import { isURLSameOrigin } from '../helpers/isURLSameOrigin';
import { hasStandardBrowserEnv } from '../helpers/platform';
import { flattenOwn, isFormData, isFunction, nullObject, safeGet } from '../helpers/object';

/** UTF-8 bytes of a string as a binary string, the input btoa() takes. */
export const utf8 = (text: string) =>
  encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));

/**
 * What both adapters need from a config, worked out once: the full URL with
 * params, and a copy of the headers with Basic auth and the XSRF token added.
 * The request's own config is left as it was.
 */
export function resolveConfig(input: any): any {
  // Adapters can be called directly, with an ordinary object: read own values only.
  const config = flattenOwn(input);
  const resolved = nullObject(config);
  const headers = (resolved.headers = new AxiosHeaders(config.headers));
  // The timeout as XMLHttpRequest reads it, for both adapters: anything but a
  // positive number is none. Past 2^31 - 1 ms (24.8 days) it is capped: XHR
  // and setTimeout would wrap a larger one round to a few milliseconds.
  const timeout = Number(config.timeout);
  resolved.timeout = timeout > 0 ? Math.min(timeout, 2 ** 31 - 1) : 0;
  const url = (resolved.url = buildURL(
    buildFullPath(config.baseURL, config.url, config.allowAbsoluteUrls, config),
    config.params,
    config.paramsSerializer
  ));

  // Schemes a browser request can use; anything else (ftp:, javascript:) is refused here.
  const protocol = (/^([-+\w]{1,25}):/.exec(url) || [])[1];
  if (protocol && !/^(https?|file|blob|url|data)$/i.test(protocol)) {
    throw new AxiosError('Unsupported protocol ' + protocol + ':', 'ERR_BAD_REQUEST', input);
  }

  const auth = config.auth;
  if (auth) {
    const username = safeGet(auth, 'username') || '';
    const password = safeGet(auth, 'password') || '';
    const encodeUsername = safeGet(config.transitional, 'encodeBasicAuthUsername') === true;
    try {
      headers.set(
        'Authorization',
        'Basic ' + btoa((encodeUsername ? utf8(username) : username) + ':' + (password ? utf8(password) : ''))
      );
    } catch (error) {
      throw AxiosError.from(error, 'ERR_BAD_OPTION_VALUE', config);
    }
  }

  // The runtime writes a FormData body's Content-Type itself, with the
  // boundary; one set by hand without a boundary would make it unreadable.
  if (isFormData(config.data) && !/boundary=/i.test(String(headers.getContentType() || ''))) {
    headers.setContentType(undefined as any);
  }

  // The XSRF token goes to this page's own origin only, unless withXSRFToken
  // is exactly true (or a function returning exactly true): a truthy
  // non-boolean, or a value inherited from a polluted prototype, sends nothing.
  if (hasStandardBrowserEnv()) {
    let withXSRFToken = config.withXSRFToken;
    if (isFunction(withXSRFToken)) withXSRFToken = withXSRFToken(resolved);
    const headerName = config.xsrfHeaderName;
    // Where the token goes is decided first: reading document.cookie costs
    // tens of µs per request in Chromium, so it is read only to be sent.
    const value =
      (withXSRFToken === true || (withXSRFToken == null && isURLSameOrigin(url))) &&
      headerName &&
      config.xsrfCookieName &&
      readCookie(config.xsrfCookieName);
    if (value) {
      headers.set(headerName, value);
    }
  }
  return resolved;
}
