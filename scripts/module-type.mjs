// A rollup output plugin: writes a package.json that holds only the module
// type beside the bundle. The project's own package.json says "type": "module"
// for its scripts, so without this Node and the tools that follow its rules
// (Jest, webpack) read dist/axios.js as an ES module and require() of the UMD
// bundle gives an empty object.
export function moduleType(type) {
  return {
    name: 'module-type',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'package.json', source: `{ "type": "${type}" }\n` });
    },
  };
}
