import { createHash } from 'node:crypto';
import { badRequest } from './http-error.mjs';
import { parseContentType } from './content-type.mjs';

// A small multipart/form-data reader over an already buffered body. We parse it
// ourselves rather than through multer because multer nests bracketed names
// ("a[b]" -> { a: { b } }), and the echo must show names exactly as sent.

const TEXT_PREVIEW_LIMIT = 4096;
const invalid = () => badRequest('invalid multipart');

export function parseMultipart(buffer, boundary) {
  if (!boundary) throw invalid();
  const first = Buffer.from(`--${boundary}`);
  const between = Buffer.from(`\r\n--${boundary}`);
  const fields = Object.create(null);
  const files = [];

  let pos = buffer.indexOf(first);
  if (pos === -1) throw invalid();
  pos += first.length;
  for (;;) {
    // "--" right after a delimiter closes the body; anything after is epilogue.
    if (buffer[pos] === 0x2d && buffer[pos + 1] === 0x2d) break;
    // RFC 2046 allows whitespace ("transport padding") before the line break.
    while (buffer[pos] === 0x20 || buffer[pos] === 0x09) pos++;
    if (buffer[pos] !== 0x0d || buffer[pos + 1] !== 0x0a) throw invalid();
    pos += 2;
    const end = buffer.indexOf(between, pos);
    if (end === -1) throw invalid();
    readPart(buffer.subarray(pos, end), fields, files);
    pos = end + between.length;
  }
  return { fields, files };
}

function readPart(part, fields, files) {
  let headerText = '';
  let content;
  if (part[0] === 0x0d && part[1] === 0x0a) {
    content = part.subarray(2); // a part with no headers at all
  } else {
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) throw invalid();
    headerText = part.subarray(0, split).toString('utf8');
    content = part.subarray(split + 4);
  }

  const headers = {};
  for (const line of headerText.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  // Content-Disposition reads like a Content-Type: "form-data; name=...; filename=...".
  const { params } = parseContentType(headers['content-disposition']);
  const field = params.name;
  if (field === undefined) return; // not a form field; browsers never send these

  const filename = decodeExtended(params['filename*']) ?? params.filename;
  if (filename === undefined) {
    append(fields, field, content.toString('utf8'));
    return;
  }
  const file = {
    field,
    name: filename,
    type: headers['content-type'] ?? null,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
  if (content.length <= TEXT_PREVIEW_LIMIT) file.text = content.toString('utf8');
  files.push(file);
}

// Repeated names become arrays, in the order they were sent.
export function append(target, key, value) {
  const existing = target[key];
  if (existing === undefined) target[key] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else target[key] = [existing, value];
}

// RFC 5987 form, e.g. filename*=UTF-8''%E2%82%AC.txt (rare, but cheap to honour).
function decodeExtended(value) {
  const match = value && /^utf-8'[^']*'(.*)$/i.exec(value);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}
