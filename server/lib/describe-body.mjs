import { createHash } from 'node:crypto';
import { badRequest } from './http-error.mjs';
import { isJson, isText, parseContentType } from './content-type.mjs';
import { append, parseMultipart } from './multipart.mjs';

// Turns a raw request body into the echo's view of it:
//   body  - the decoded value (JSON value, form fields, text) or null
//   raw   - the exact body as a string for textual types, else null
//   files - multipart files
//   bytes - size, digest and first bytes, for every body (binary ones included)
export function describeBody(buffer, contentTypeHeader) {
  const { essence, params } = parseContentType(contentTypeHeader);
  const result = { body: null, raw: null, files: [], bytes: summarize(buffer) };

  if (isJson(essence)) {
    result.raw = buffer.toString('utf8');
    if (result.raw.trim() !== '') {
      try {
        result.body = JSON.parse(result.raw);
      } catch {
        throw badRequest('invalid json');
      }
    }
  } else if (essence === 'application/x-www-form-urlencoded') {
    result.raw = buffer.toString('utf8');
    result.body = decodeForm(result.raw);
  } else if (essence === 'multipart/form-data') {
    const { fields, files } = parseMultipart(buffer, params.boundary);
    result.body = fields;
    result.files = files;
  } else if (isText(essence)) {
    result.raw = decodeText(buffer, params.charset);
    result.body = result.raw;
  }
  return result;
}

function summarize(buffer) {
  return {
    size: buffer.length,
    sha256: createHash('sha256').update(buffer).digest('hex'),
    firstBytes: [...buffer.subarray(0, 16)],
  };
}

// URLSearchParams applies the form rules ("+" is a space); names stay verbatim.
function decodeForm(text) {
  const fields = Object.create(null);
  for (const [key, value] of new URLSearchParams(text)) append(fields, key, value);
  return fields;
}

function decodeText(buffer, charset = 'utf-8') {
  try {
    return new TextDecoder(charset).decode(buffer);
  } catch {
    return buffer.toString('utf8'); // unknown charset label
  }
}
