// A rollup output plugin, run after terser on the minified UMD bundle.
//
// Rollup writes the UMD factory as `(this, (function () { ... }))`: V8 takes
// a function in parentheses as one that is called at once and compiles it in
// the same pass as the script. Terser drops those parentheses, so V8 pre-parses
// the whole factory at load and then parses it a second time when the wrapper
// calls it (about 8% of start-up in Chromium). This puts them back, and keeps
// the source map in step.
import MagicString from 'magic-string';

const OPEN = '(this,function(){';

export function wrapUmdFactory() {
  return {
    name: 'wrap-umd-factory',
    renderChunk(code) {
      const start = code.indexOf(OPEN);
      // The factory's closing brace is the one before the call's `)` at the very end.
      const end = code.trimEnd().lastIndexOf('})');
      if (start < 0 || code.indexOf(OPEN, start + 1) >= 0 || end < start) {
        throw new Error('wrap-umd-factory: the minified UMD wrapper is not shaped as expected');
      }
      const out = new MagicString(code);
      out.appendLeft(start + '(this,'.length, '(');
      out.appendLeft(end + 1, ')');
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
