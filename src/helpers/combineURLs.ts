/** Join a base URL and a relative one with exactly one slash between them. */
export function combineURLs(baseURL: string, relativeURL?: string): string {
  if (!relativeURL) return baseURL;
  // A loop rather than /\/+$/, which is quadratic on long runs of slashes.
  let end = baseURL.length;
  while (end > 0 && baseURL[end - 1] === '/') end--;
  return baseURL.slice(0, end) + '/' + relativeURL.replace(/^\/+/, '');
}
