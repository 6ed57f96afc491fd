import { HttpError } from './http-error.mjs';

// Streams a request body through `onChunk` and resolves with its size.
// Past `limit` it rejects with 413 at once, but keeps reading (and dropping) the
// rest: a server that stops reading makes the client fail its upload with a
// reset before it ever sees the 413. A client that goes on far past the limit
// (an endless chunked body) is cut off instead.
export function streamBody(req, limit, onChunk) {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, 'payload too large');
    let size = 0;
    let over = false;
    const giveUp = () => {
      over = true;
      reject(tooLarge());
    };

    const declared = Number(req.headers['content-length']);
    if (declared > limit) giveUp();

    req.on('data', (chunk) => {
      size += chunk.length;
      if (over) {
        if (size > limit * 4) req.socket?.destroy();
        return;
      }
      if (size > limit) return giveUp();
      try {
        onChunk(chunk);
      } catch (error) {
        over = true;
        reject(error);
      }
    });
    req.on('end', () => resolve(size));
    // A client that disconnects mid-upload: nothing to reply to, just settle.
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new HttpError(400, 'request aborted'));
    });
  });
}

// Buffers a whole body (for the echo, which must inspect it) up to `limit`.
export async function readBody(req, limit) {
  const chunks = [];
  await streamBody(req, limit, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}
