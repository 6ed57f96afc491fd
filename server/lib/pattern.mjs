// Generated payloads follow byte i = i % 256, so a client can check every byte
// it received without the server shipping a copy of what it sent.
const BLOCK = 64 * 1024;
const PATTERN = Buffer.alloc(BLOCK + 256);
for (let i = 0; i < PATTERN.length; i++) PATTERN[i] = i % 256;

export const PATTERN_BLOCK = BLOCK;

// Bytes [offset, offset + length) of the endless pattern. Small reads share one
// read-only buffer; larger ones get their own copy.
export function patternSlice(offset, length) {
  const start = offset % 256;
  if (length <= BLOCK) return PATTERN.subarray(start, start + length);
  const out = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; done += BLOCK) {
    PATTERN.copy(out, done, start, start + Math.min(BLOCK, length - done));
  }
  return out;
}
