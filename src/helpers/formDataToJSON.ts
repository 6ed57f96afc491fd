import type { GenericFormData, GenericHTMLFormElement } from '../types';
import { AxiosError } from '../core/AxiosError';
import { hasOwn, isFormData, isFunction, isObject, isPlainObject, setOwn, tagOf } from './object';
import { MAX_DEPTH } from './toFormData';

const tooDeep = (depth: number) => {
  if (depth > MAX_DEPTH) {
    throw new AxiosError(
      'FormData field is too deeply nested (' + depth + ' levels). Max depth: ' + MAX_DEPTH,
      'ERR_FORM_DATA_DEPTH_EXCEEDED'
    );
  }
};

/** `foo[x][y]`, `foo.x.y` as ['foo', 'x', 'y']; `[]` as '' (append). Linear: a segment never contains `.`, `[` or `]`. */
function parsePath(name: string): string[] {
  const path: string[] = [];
  const pattern = /[^.[\]]+|\[([^.[\]]*)]/g;
  let match;
  while ((match = pattern.exec(name))) {
    tooDeep(path.length);
    path.push(match[0] === '[]' ? '' : match[1] || match[0]);
  }
  return path;
}

// fromEntries defines each key: assigning one named like a member of a frozen
// Object.prototype (toString) would throw.
const arrayToObject = (array: any[]) => Object.fromEntries(Object.entries(array));

// Arrays made of a repeated name's values: dense, so the next repeat appends
// in place (linear in the number of repeats) until a path writes into them.
const repeats = new WeakSet<any[]>();

/** An array with holes or extra keys becomes an object with the same keys. */
const normalizeArray = (value: any) => {
  if (!Array.isArray(value)) return value;
  const keys = Object.keys(value);
  return keys.length !== value.length || keys.some((key, index) => key !== String(index)) ? arrayToObject(value) : value;
};

/**
 * Put one value at its path; returns whether the key was not numeric, which
 * tells the caller to turn an array holding it into an object. Never writes
 * `__proto__`, and reads only own properties, so a field name cannot reach a
 * prototype.
 */
function place(path: string[], value: any, target: any, index: number): boolean {
  tooDeep(index);
  let name: any = path[index++];
  if (name === '__proto__') return true;
  const numeric = Number.isFinite(+name);
  if (!name && Array.isArray(target)) name = target.length;
  if (index >= path.length) {
    if (hasOwn(target, name) && repeats.has(target[name])) {
      target[name].push(value);
    } else if (hasOwn(target, name)) {
      const current = normalizeArray(target[name]);
      repeats.add((target[name] = Array.isArray(current) ? current.concat(value) : [current, value]));
    } else {
      setOwn(target, name, value);
    }
    return !numeric;
  }
  if (!hasOwn(target, name) || !isObject(target[name])) setOwn(target, name, []);
  repeats.delete(target[name]);
  if (place(path, value, target[name], index) && Array.isArray(target[name])) target[name] = arrayToObject(target[name]);
  return !numeric;
}

/** The fields of a FormData as a nested object: `a[b][]=1` as { a: { b: ['1'] } }. */
export function formDataToJSON(formData: any): object | null {
  if (!(isFormData(formData) && isFunction(formData.entries))) return null;
  const json = {};
  for (const [name, value] of formData.entries()) place(parsePath(name), value, json, 0);
  // Arrays that gained holes or keys along the way become objects, at every level.
  const pending: any[] = [json];
  while (pending.length) {
    const target = pending.pop();
    for (const key of Object.keys(target)) {
      const value = (target[key] = normalizeArray(target[key]));
      if (Array.isArray(value) || isPlainObject(value)) pending.push(value);
    }
  }
  return json;
}

/** The fields of a FormData or an HTML <form> as a nested object. */
export const formToJSON = (form: GenericFormData | GenericHTMLFormElement): object =>
  formDataToJSON(tagOf(form) == 'HTMLFormElement' ? new FormData(form as any) : form) as object;
