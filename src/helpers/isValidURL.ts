/** Whether the URL parser accepts this URL, relative to the page when there is one. */
export function isValidURL(url: string): boolean {
  try {
    new URL(url, typeof document != 'undefined' ? document.baseURI : 'http://localhost');
    return true;
  } catch {
    return false;
  }
}
