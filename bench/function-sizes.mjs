// The largest functions and methods of the minified ES module build, by
// their minified length: where the bytes are, for the size budget.
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';

const code = readFileSync(new URL('../dist/esm/axios.min.js', import.meta.url), 'utf8');
const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
const found = [];
const visit = (node, depth, name) => {
  if (!node || typeof node.type != 'string') return;
  const isFunction = /Function/.test(node.type) || node.type === 'MethodDefinition' || node.type === 'ClassDeclaration';
  if (isFunction && depth <= 3) found.push([node.end - node.start, name || node.type, code.slice(node.start, node.start + 70)]);
  for (const key of Object.keys(node)) {
    const value = node[key];
    const childName = node.type === 'MethodDefinition' || node.type === 'Property' ? node.key?.name : node.type === 'VariableDeclarator' ? node.id?.name : name;
    if (Array.isArray(value)) value.forEach((child) => visit(child, depth + (isFunction ? 1 : 0), childName));
    else if (value && typeof value.type == 'string') visit(value, depth + (isFunction ? 1 : 0), childName);
  }
};
visit(ast, 0);
found.sort((a, b) => b[0] - a[0]);
for (const [size, name, text] of found.slice(0, Number(process.argv[2] || 40))) console.log(String(size).padStart(6), (name || '').padEnd(18), text.replace(/\n/g, ' '));
