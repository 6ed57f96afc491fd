import type { AxiosRequestConfig } from '../types';
import { AxiosError } from './AxiosError';
import { AxiosHeaders } from './AxiosHeaders';
import { defineValue, hasOwn, isObject, isOwnEnumerable, isPlainObject, isUnsafeKey, nullObject, safeGet, setOwn, ownKeys } from '../helpers/object';

const MAX_DEPTH = 100;

/**
 * Plain objects merged left to right into a deep copy; arrays are copied,
 * anything else is shared. With `caseless`, top-level keys that differ only
 * in case are one key (headers). Cycles and absurd depth end in an AxiosError,
 * never in a stack overflow.
 */
export function merge(sources: any[], caseless?: boolean, path: object[] = []): any {
  const result: any = {};
  const spelling: Record<string, PropertyKey> = caseless ? nullObject() : 0;
  for (const source of sources) {
    if (!isObject(source)) continue;
    if (path.includes(source)) throw new AxiosError('Circular reference detected in config', 'ERR_BAD_OPTION_VALUE');
    if (path.length >= MAX_DEPTH) throw new AxiosError('Config is nested too deeply', 'ERR_FORM_DATA_DEPTH_EXCEEDED');
    path.push(source);
    for (const key of ownKeys(source)) {
      if (isUnsafeKey(key)) continue;
      let target = key;
      if (caseless && typeof key == 'string') target = spelling[key.toLowerCase()] ??= key;
      const value = source[key];
      const existing = hasOwn(result, target) ? result[target] : undefined;
      setOwn(
        result,
        target,
        isPlainObject(value)
          ? merge(isPlainObject(existing) ? [existing, value] : [value], false, path)
          : Array.isArray(value)
            ? value.slice()
            : value
      );
    }
    path.pop();
  }
  return result;
}

const copy = (value: any) => (isPlainObject(value) ? merge([value]) : Array.isArray(value) ? value.slice() : value);

// Options whose object value replaces the default instead of merging into it.
const REPLACED = new Set<PropertyKey>(['paramsSerializer', 'transport', 'cancelToken']);
// Options that belong to one call and are never inherited from defaults.
const PER_CALL = new Set<PropertyKey>(['url', 'method', 'data']);

export const asPlain = (headers: any) => (headers instanceof AxiosHeaders ? { ...headers } : headers);

/**
 * Merge two configs into a new null-prototype config: nothing inherited from
 * Object.prototype can become an option. The second config wins.
 */
export function mergeConfig<D = any, P = any>(
  config1?: AxiosRequestConfig<D, P> | null,
  config2?: AxiosRequestConfig<D, P> | null,
  /** @internal request() merges the headers itself. */
  withoutHeaders?: boolean
): AxiosRequestConfig<D, P> {
  const first: any = config1 || {};
  const second: any = config2 || {};
  const config = nullObject();
  // Kept for user code that calls config.hasOwnProperty(...).
  defineValue(config, 'hasOwnProperty', Object.prototype.hasOwnProperty);

  // Every key of both, once, in order: the first config's, then the second's new ones.
  const keys = ownKeys(first);
  for (const key of ownKeys(second)) isOwnEnumerable(first, key) || keys.push(key);
  for (const key of keys) {
    if (isUnsafeKey(key) || (withoutHeaders && key === 'headers')) continue;
    let a = safeGet(first, key);
    let b = safeGet(second, key);
    if (key === 'validateStatus') {
      // An explicit undefined (or null) from the second config is kept: it accepts every status.
      config[key] = hasOwn(second, key) ? b : a;
      continue;
    }
    if (key === 'headers') {
      a = asPlain(a);
      b = asPlain(b);
    }
    const value = PER_CALL.has(key)
      ? b
      : b === undefined
        ? copy(a)
        : !REPLACED.has(key) && isPlainObject(a) && isPlainObject(b)
          ? merge([a, b], key === 'headers')
          : copy(b);
    if (value !== undefined) config[key] = value;
  }

  // transitional.validateStatusUndefinedResolves: false makes an explicit
  // `validateStatus: undefined` fall back to the first config's.
  if (hasOwn(second, 'validateStatus') && second.validateStatus === undefined) {
    const own2 = safeGet(second, 'transitional');
    const resolves = hasOwn(own2, 'validateStatusUndefinedResolves')
      ? own2.validateStatusUndefinedResolves
      : own2 === undefined || isPlainObject(own2)
        ? safeGet(safeGet(first, 'transitional'), 'validateStatusUndefinedResolves')
        : undefined;
    if (resolves === false) {
      hasOwn(first, 'validateStatus') ? (config.validateStatus = first.validateStatus) : delete config.validateStatus;
    }
  }
  return config;
}
