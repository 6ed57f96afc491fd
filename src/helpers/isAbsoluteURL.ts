/** `scheme://...` or protocol-relative `//host/...` (RFC 3986 scheme syntax). */
export const isAbsoluteURL = (url: unknown): boolean => typeof url == 'string' && /^([a-z][a-z\d+\-.]*:)?\/\//i.test(url);
