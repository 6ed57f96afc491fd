// Splits a Content-Type header into its lower-cased essence ("type/subtype")
// and its parameters. Small on purpose: we only need boundary and charset.
const PARAM = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;

export function parseContentType(header) {
  if (!header) return { essence: '', params: {} };
  const text = String(header);
  const semicolon = text.indexOf(';');
  const essence = (semicolon === -1 ? text : text.slice(0, semicolon)).trim().toLowerCase();
  const params = {};
  for (const match of text.slice(Math.max(semicolon, 0)).matchAll(PARAM)) {
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
    params[match[1].toLowerCase()] = value;
  }
  return { essence, params };
}

export function isJson(essence) {
  return essence === 'application/json' || essence.endsWith('+json');
}

// XML is text too: browsers send XMLHttpRequest.send(document) as application/xml.
export function isText(essence) {
  return essence.startsWith('text/') || essence === 'application/xml' || essence.endsWith('+xml');
}
