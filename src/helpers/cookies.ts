import { decodeComponent } from './decodeComponent';

/**
 * The value of the cookie `name` on this page, or null. The name is compared
 * as a string, never built into a RegExp. Called in a page only
 * (hasStandardBrowserEnv), where there is a document.
 */
export function readCookie(name: string): string | null {
  let cookies: string;
  try {
    cookies = document.cookie;
  } catch {
    // A sandboxed page (an opaque origin) may not read its cookies: it has none to send.
    return null;
  }
  for (const pair of cookies.split(';')) {
    const cookie = pair.replace(/^\s+/, '');
    const equals = cookie.indexOf('=');
    if (equals >= 0 && cookie.slice(0, equals) === name) return decodeComponent(cookie.slice(equals + 1));
  }
  return null;
}
