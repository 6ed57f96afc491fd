import { parseURL } from './parseURL';

/**
 * Whether a request URL goes to this page's own origin (scheme, host and
 * port), resolved as the browser will resolve it: against document.baseURI,
 * so `<base href>`, `//host`, letter case and `user@host` tricks are all
 * decided by the URL parser, not by string matching.
 */
export function isURLSameOrigin(url: string): boolean {
  const target = parseURL(url);
  return !!target && target.protocol === location.protocol && target.host === location.host;
}
