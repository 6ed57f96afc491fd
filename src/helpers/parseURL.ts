/**
 * The URL as the page's URL parser reads it, relative to the document's base
 * URL (what XHR and fetch resolve against) when there is a document, or
 * undefined where the parser refuses it.
 */
export function parseURL(url: string): URL | undefined {
  try {
    return new URL(url, typeof document != 'undefined' ? document.baseURI : 'http://localhost');
  } catch {}
}
