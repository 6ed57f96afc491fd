/**
 * The URL as the runtime's URL parser reads it, relative to the base URL that
 * XHR and fetch resolve against (the document's; a worker's location), or
 * undefined where the parser refuses it.
 */
export function parseURL(url: string): URL | undefined {
  const scope: any = globalThis;
  try {
    return new URL(url, scope.document ? document.baseURI : scope.location ? location.href : 'http://localhost');
  } catch {}
}
