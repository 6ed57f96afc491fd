// A rollup output plugin: writes a package.json that holds the module type
// beside the bundle. The project's own package.json says "type": "module"
// for its scripts, so without this Node and the tools that follow its rules
// (Jest, webpack) read dist/axios.js as an ES module and require() of the UMD
// bundle gives an empty object. Bundlers that read the nearest package.json
// (esbuild) take "sideEffects" from it too, so it is repeated here: without
// it, an import left unused keeps the whole library.
export function moduleType(type) {
  return {
    name: 'module-type',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'package.json', source: `{ "type": "${type}", "sideEffects": false }\n` });
    },
  };
}
