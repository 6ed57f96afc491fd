import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TraceMap, generatedPositionFor } from '@jridgewell/trace-mapping';

// What the build promises besides size: source maps that lead back to the
// TypeScript, and a minified UMD factory that V8 compiles in one pass.
const root = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLES = ['dist/axios.js', 'dist/axios.min.js', 'dist/esm/axios.js', 'dist/esm/axios.min.js'];

// String literals found once in the bundles, from the start, the middle and the end of them.
const ANCHORS: Array<[string, string]> = [
  ["'100Continue", 'src/helpers/HttpStatusCode.ts'],
  ["'parser must be boolean|regexp|function'", 'src/core/AxiosHeaders.ts'],
  ["'Request failed with status code '", 'src/core/settle.ts'],
  ["'Unknown option '", 'src/core/Axios.ts'],
  ["'maxContentLength size of '", 'src/adapters/fetch.ts'],
];

describe('bundles', () => {
  for (const file of BUNDLES) {
    it(`${file}: its source map leads from each anchor in the TypeScript to the same text in the bundle`, () => {
      const code = readFileSync(root + file, 'utf8');
      const lines = code.split('\n');
      const map = new TraceMap(readFileSync(root + file + '.map', 'utf8'));
      for (const [anchor, source] of ANCHORS) {
        expect(code.indexOf(anchor), `${anchor} in ${file}`).toBe(code.lastIndexOf(anchor));
        const sourceLines = readFileSync(root + source, 'utf8').split('\n');
        const line = sourceLines.findIndex((text) => text.includes(anchor));
        expect(line, `${anchor} in ${source}`).toBeGreaterThan(-1);
        const mapped = map.sources.find((name) => name!.endsWith(source));
        expect(mapped, `${source} among the sources of ${file}`).toBeDefined();
        const position = generatedPositionFor(map, { source: mapped!, line: line + 1, column: sourceLines[line].indexOf(anchor) });
        expect(position.line, `${anchor} is mapped in ${file}`).not.toBeNull();
        expect(lines[position.line! - 1].slice(position.column!, position.column! + anchor.length)).toBe(anchor);
      }
    });
  }

  it('the UMD factory is in parentheses, minified too: V8 then compiles it with the script instead of parsing it twice', () => {
    const plain = readFileSync(root + 'dist/axios.js', 'utf8');
    expect(plain.includes('})(this, (function () {'), 'dist/axios.js opens the factory in parentheses').toBe(true);
    const minified = readFileSync(root + 'dist/axios.min.js', 'utf8').trimEnd().split('\n');
    expect(minified[1].includes('})(this,(function(){'), 'dist/axios.min.js opens the factory in parentheses').toBe(true);
    expect(minified[1].endsWith('}));'), 'dist/axios.min.js closes the factory and its parentheses').toBe(true);
  });
});
