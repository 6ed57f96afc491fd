// A rollup output plugin for the bundled declarations: beside index.d.ts it
// writes index.d.cts, the package's types as a CommonJS module sees them.
//
// require('plume') gives the axios function itself (the UMD bundle's
// module.exports), so those types say `export = axios`, and
// `import axios = require('plume')` is callable and reaches every type as
// `axios.AxiosResponse`. A namespace that merges with a const may hold types
// only, so each exported type becomes an alias of the one in index.d.ts,
// with its type parameters copied from the declaration, parsed here.
import ts from 'typescript';

const HEADER = `// The package's types for CommonJS: \`export =\`, as require('plume') gives the axios function.
// Generated from index.d.ts by scripts/commonjs-types.mjs.
import type * as plume from './index.js';
`;

// Every declaration with a type meaning, by its local name: its type
// parameters as declared ('<T = any, D = any>') and as passed on ('<T, D>').
function typeDeclarations(file) {
  const declarations = new Map();
  for (const statement of file.statements) {
    const typeDeclaration =
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isEnumDeclaration(statement);
    if (!typeDeclaration || !statement.name || declarations.has(statement.name.text)) continue;
    const parameters = statement.typeParameters ?? [];
    const list = (texts) => (texts.length ? `<${texts.join(', ')}>` : '');
    declarations.set(statement.name.text, {
      declared: list(parameters.map((p) => p.getText(file))),
      passed: list(parameters.map((p) => p.name.text)),
    });
  }
  return declarations;
}

// Exported name -> local name, from the `export { a as b }` and `export type { ... }` lists.
function exportedNames(file) {
  const names = new Map();
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause || statement.moduleSpecifier) continue;
    for (const element of statement.exportClause.elements) {
      names.set(element.name.text, (element.propertyName ?? element.name).text);
    }
  }
  return names;
}

export function commonjsTypes(source) {
  const file = ts.createSourceFile('index.d.ts', source, ts.ScriptTarget.Latest, true);
  const declarations = typeDeclarations(file);
  const aliases = [];
  for (const [exported, local] of exportedNames(file)) {
    const declaration = declarations.get(local);
    if (exported === 'default' || !declaration) continue;
    aliases.push(`  type ${exported}${declaration.declared} = plume.${exported}${declaration.passed};`);
  }
  return `${HEADER}
declare const axios: plume.AxiosStatic & { default: plume.AxiosStatic };
declare namespace axios {
${aliases.join('\n')}
}
export = axios;
`;
}

export function commonjsTypesFile(fileName) {
  return {
    name: 'commonjs-types',
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find((output) => output.type === 'chunk' && output.isEntry);
      this.emitFile({ type: 'asset', fileName, source: commonjsTypes(chunk.code) });
    },
  };
}
