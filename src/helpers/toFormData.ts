import type { FormSerializerOptions, GenericFormData } from '../types';
import { AxiosError } from '../core/AxiosError';
import { isFunction, isObject, isPlainObject, isString, safeGet, tagOf } from './object';

/** Nested objects deeper than this are refused, so hostile input cannot overflow the stack. */
export const MAX_DEPTH = 100;

export const isVisitable = (value: unknown): boolean => isPlainObject(value) || Array.isArray(value);

/** A standard FormData (Blob values allowed), not a look-alike target. */
export const isSpecCompliantForm = (thing: any): boolean =>
  !!(thing && isFunction(thing.append) && thing[Symbol.toStringTag] === 'FormData' && thing[Symbol.iterator]);

const endsWithBrackets = (key: unknown) => String(key).endsWith('[]');
const removeBrackets = (key: any) => (endsWithBrackets(key) ? key.slice(0, -2) : key);

/** foo + [bar, baz] as `foo[bar][baz]`, or `foo.bar.baz` with dots. */
const renderKey = (path: any[] | null | undefined, key: any, dots: boolean) =>
  !path
    ? key
    : path
        .concat(key)
        .map((token, i) => ((token = removeBrackets(token)), !dots && i ? '[' + token + ']' : token))
        .join(dots ? '.' : '');

/** An array, or a copy of an array-like (a FileList); null for anything else. */
const toArray = (thing: any): any[] | null => (thing && typeof thing.length == 'number' ? Array.from(thing) : null);

/**
 * Serialize an object into a FormData (or anything with append): nested keys
 * as `a[b][c]` (or `a.b.c` with dots), flat arrays as `a[]`, `a[0]` or `a`
 * (indexes: false, true or null), `key{}` as JSON, dates as ISO strings.
 */
export function toFormData(obj: object, formData?: GenericFormData | null, options?: FormSerializerOptions | null): GenericFormData {
  if (!isObject(obj)) throw new TypeError('target must be an object');
  const form: any = formData || new FormData();
  const option = (name: string, fallback?: any) => safeGet(options, name) ?? fallback;
  const metaTokens = option('metaTokens', true);
  const dots = option('dots', false);
  const indexes = safeGet(options, 'indexes') === undefined ? false : options!.indexes;
  const maxDepth = option('maxDepth', MAX_DEPTH);
  const BlobClass = option('Blob', globalThis.Blob);
  const useBlob = BlobClass && isSpecCompliantForm(form);
  const visitor = option('visitor', defaultVisitor);
  if (!isFunction(visitor)) throw new TypeError('visitor must be a function');

  const checkDepth = (depth: number) => {
    if (depth > maxDepth) {
      throw new AxiosError(
        'Object is too deeply nested (' + depth + ' levels). Max depth: ' + maxDepth,
        'ERR_FORM_DATA_DEPTH_EXCEEDED'
      );
    }
  };

  /** JSON for a `key{}` value, under the same depth limit; a cycle is a bad option, not a TypeError. */
  function stringify(value: any) {
    // The objects from the value down to the one being serialized.
    const chain: object[] = [];
    try {
      return JSON.stringify(value, function (this: object, _key, current) {
        if (!isObject(current)) return current;
        while (chain.length && chain[chain.length - 1] !== this) chain.pop();
        checkDepth(chain.push(current));
        return current;
      });
    } catch (error) {
      throw error instanceof AxiosError ? error : AxiosError.from(error, 'ERR_BAD_OPTION_VALUE');
    }
  }

  function convertValue(value: any): any {
    const tag = tagOf(value);
    const binary = tag == 'ArrayBuffer' || ArrayBuffer.isView(value);
    if (!useBlob && (binary || tag == 'Blob')) {
      throw new AxiosError('Blob is not supported. Use a Buffer instead.', binary ? 'ERR_NOT_SUPPORT' : undefined);
    }
    return value === null ? '' : tag == 'Date' ? value.toISOString() : typeof value == 'boolean' ? String(value) : binary ? new BlobClass([value]) : value;
  }

  function defaultVisitor(value: any, key: any, path: any[] | null): boolean {
    let items = value;
    if (value && !path && typeof value == 'object') {
      if (String(key).endsWith('{}')) {
        key = metaTokens ? key : key.slice(0, -2);
        value = stringify(value);
      } else if (
        (Array.isArray(value) && !value.some(isVisitable)) ||
        ((tagOf(value) == 'FileList' || endsWithBrackets(key)) && (items = toArray(value)))
      ) {
        key = removeBrackets(key);
        items.forEach((item: any, index: number) => {
          item != null &&
            form.append(
              indexes === true ? renderKey([key], index, dots) : indexes === null ? key : key + '[]',
              convertValue(item)
            );
        });
        return false;
      }
    }
    if (isVisitable(value)) return true;
    form.append(renderKey(path, key, dots), convertValue(value));
    return false;
  }

  const helpers = { defaultVisitor, convertValue, isVisitable };
  const ancestors: object[] = [];

  function build(value: any, path?: any[], depth = 0) {
    if (value === undefined) return;
    checkDepth(depth);
    if (ancestors.includes(value)) {
      throw new AxiosError('Circular reference detected in ' + path!.join('.'), 'ERR_BAD_OPTION_VALUE');
    }
    ancestors.push(value);
    const each = (item: any, key: any) => {
      const descend =
        item != null && visitor.call(form, item, isString(key) ? key.trim() : key, path, helpers);
      descend === true && build(item, path ? path.concat(key) : [key], depth + 1);
    };
    Array.isArray(value) ? value.forEach(each) : Object.keys(value).forEach((key) => each(value[key], key));
    ancestors.pop();
  }

  build(obj);
  return form;
}
