// A rollup output plugin for the bundled declarations: beside index.d.ts it
// writes index.d.cts, the same declarations as a CommonJS module sees them.
//
// require('plume') gives the axios function itself (the UMD bundle's
// module.exports), so these say `export = plume`: `import axios =
// require('plume')` is callable and reaches every type as
// `axios.AxiosResponse`. Users add options of their own by augmenting the
// module (`declare module 'plume' { interface AxiosRequestConfig { ... } }`),
// which merges into the namespace behind `export =`, so the exported
// interfaces must be declared there, not aliased. A namespace that merges with
// a const may hold types only, so classes and enums stay outside it, with an
// alias inside. Declarations left outside see the moved ones through aliases
// of the same names, so no declaration's text needs rewriting.
import ts from 'typescript';

const NAME = 'plume';

const HEADER = `// plume's declarations for CommonJS, as require('plume') gives the axios function itself.
// Generated from index.d.ts by scripts/commonjs-types.mjs.
`;

const list = (texts) => (texts.length ? `<${texts.join(', ')}>` : '');

/** A declaration's type parameters as declared ('<T = any, D = any>') and as passed on ('<T, D>'). */
function typeParameters(statement, file) {
  const parameters = statement.typeParameters ?? [];
  return {
    declared: list(parameters.map((p) => p.getText(file))),
    passed: list(parameters.map((p) => p.name.text)),
  };
}

/** Local names of the declarations the `export { ... }` and `export type { ... }` lists name. */
function exportedLocals(file) {
  const names = new Set();
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause) continue;
    for (const element of statement.exportClause.elements) {
      const local = (element.propertyName ?? element.name).text;
      if (element.name.text !== local && element.name.text !== 'default') {
        throw new Error(`commonjs-types: ${local} is exported as ${element.name.text}; renamed types are not handled`);
      }
      names.add(local);
    }
  }
  return names;
}

export function commonjsTypes(source) {
  const file = ts.createSourceFile('index.d.ts', source, ts.ScriptTarget.Latest, true);
  const exported = exportedLocals(file);
  const isValueType = (s) => ts.isClassDeclaration(s) || ts.isEnumDeclaration(s);
  const valueTypes = new Set(file.statements.filter(isValueType).map((s) => s.name.text));
  const outside = [];
  const inside = [];
  const aliased = new Set();
  for (const statement of file.statements) {
    if (ts.isExportDeclaration(statement)) continue;
    const text = statement.getFullText(file).replace(/^\n+/, '');
    const name = statement.name && ts.isIdentifier(statement.name) ? statement.name.text : undefined;
    const typeOnly = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement);
    if (!typeOnly || !exported.has(name) || valueTypes.has(name)) {
      outside.push(text);
      if (isValueType(statement) && exported.has(name) && !aliased.has(name)) {
        // Inside the namespace the name means the alias, so the class is reached by a second name.
        const { declared, passed } = typeParameters(statement, file);
        outside.push(`type ${name}$Type${declared} = ${name}${passed};`);
        inside.push(`type ${name}${declared} = ${name}$Type${passed};`);
        aliased.add(name);
      }
      continue;
    }
    inside.push(text);
    if (!aliased.has(name)) {
      const { declared, passed } = typeParameters(statement, file);
      outside.push(`type ${name}${declared} = ${NAME}.${name}${passed};`);
      aliased.add(name);
    }
  }
  const indent = (text) => text.replace(/^(?=.)/gm, '    ');
  return `${HEADER}${outside.join('\n')}

declare const ${NAME}: AxiosStatic & { default: AxiosStatic };
declare namespace ${NAME} {
${inside.map(indent).join('\n')}
}
export = ${NAME};
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
