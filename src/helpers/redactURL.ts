// Credentials in a URL (https://user:secret@host/) must not reach error
// messages or serialized errors, which end up in logs.
export const REDACTED = '[REDACTED ****]';

/**
 * The URL with its userinfo (up to the last "@" of the authority) replaced.
 * The authority starts after the scheme and its slashes, or after a leading
 * "//"; the leading spaces and the tabs and newlines a URL parser ignores are
 * skipped too. Anchored and scanned once: linear on any input.
 */
export const redactURL = (url: string): string => {
  const start = /^[\0- ]*(?:[a-z][\w+.\t\n\r-]*:)?[/\\\t\n\r]*/i.exec(url)![0].length;
  const rest = url.slice(start);
  const end = rest.search(/[/?#\\]/);
  const at = (end < 0 ? rest : rest.slice(0, end)).lastIndexOf('@');
  return at < 0 ? url : url.slice(0, start) + REDACTED + rest.slice(at);
};
