// Reading user objects safely. Configs come from users, from JSON and from
// other libraries; a polluted Object.prototype must never become a request
// option, so everything here reads an object's own members (and those of
// its class or template), never what it inherits from a root prototype.

const { hasOwnProperty, toString, propertyIsEnumerable } = Object.prototype;
const { getPrototypeOf } = Object;

/**
 * obj[key] if it is the object's own, or comes from a prototype of its own
 * (a class, a template made with Object.create); never from a root prototype
 * such as Object.prototype, which anyone can pollute.
 */
export function safeGet(obj: any, key: PropertyKey): any {
  if (obj == null) return;
  if (hasOwnProperty.call(obj, key)) return obj[key];
  for (let layer = getPrototypeOf(obj); layer && getPrototypeOf(layer) !== null; layer = getPrototypeOf(layer)) {
    if (hasOwnProperty.call(layer, key)) return obj[key];
  }
}

export const hasOwn = (obj: any, key: PropertyKey): boolean => obj != null && hasOwnProperty.call(obj, key);

/** The built-in tag of a value: 'Blob', 'FormData', 'URLSearchParams', ... */
export const tagOf = (value: unknown): string => toString.call(value).slice(8, -1);

/**
 * A FormData: by its tag, which holds across frames, or as an instance of
 * this realm's FormData (happy-dom's, used in test suites, has no tag).
 */
export const isFormData = (value: unknown): boolean =>
  tagOf(value) == 'FormData' || (typeof FormData == 'function' && value instanceof FormData);

export const isObject = (value: unknown): value is Record<PropertyKey, any> =>
  value !== null && typeof value == 'object';

export const isFunction = (value: unknown): value is (...args: any[]) => any => typeof value == 'function';

export const isString = (value: unknown): value is string => typeof value == 'string';

/** Keys that would write to a prototype if copied with plain assignment. */
export const isUnsafeKey = (key: PropertyKey): boolean =>
  key === '__proto__' || key === 'constructor' || key === 'prototype';

/** A literal object: {} or Object.create(null), from this realm or another, not tagged or iterable. */
export const isPlainObject = (value: unknown): value is Record<PropertyKey, any> => {
  if (!isObject(value)) return false;
  const proto = getPrototypeOf(value);
  return (
    (proto === null || proto === Object.prototype || getPrototypeOf(proto) === null) &&
    !hasOwn(value, Symbol.toStringTag) &&
    !hasOwn(value, Symbol.iterator)
  );
};

/** Define a data property; the null-prototype descriptor ignores a polluted Object.prototype.get. */
export const defineValue = <T extends object>(target: T, key: PropertyKey, value: unknown, enumerable?: boolean): T =>
  Object.defineProperty(target, key, { __proto__: null, value, enumerable, writable: true, configurable: true } as PropertyDescriptor);

/**
 * target[key] = value, for a key of any name. Where Object.prototype is frozen
 * (a guard against pollution, or SES's lockdown), assigning a name it has
 * (toString, hasOwnProperty) throws in strict code such as this; such a key
 * is defined instead. The assignment first: it costs nothing extra per request.
 */
export const setOwn = (target: any, key: PropertyKey, value: unknown): void => {
  try {
    target[key] = value;
  } catch {
    defineValue(target, key, value, true);
  }
};

/** A new object without a prototype, with the own enumerable members of `sources`: nothing is inherited, nothing polluted. */
export const nullObject = (...sources: any[]): any => Object.assign(Object.create(null), ...sources);

/** Whether `key` is among ownKeys(obj): an own enumerable member. */
export const isOwnEnumerable = (obj: any, key: PropertyKey): boolean => propertyIsEnumerable.call(obj, key);

/** Own enumerable keys, symbols included, in the order Object.keys gives. */
export const ownKeys = (obj: object): PropertyKey[] => {
  const keys: PropertyKey[] = Object.keys(obj);
  for (const symbol of Object.getOwnPropertySymbols(obj)) isOwnEnumerable(obj, symbol) && keys.push(symbol);
  return keys;
};

/**
 * Copy an object and the members of its own prototypes (a class, a template)
 * into a null-prototype object, stopping before any root prototype, so that
 * nothing inherited from Object.prototype is read as a config value.
 */
export const flattenOwn = (thing: any): any => {
  if (!isObject(thing) || getPrototypeOf(thing) === null) return thing;
  const flat = nullObject();
  for (let layer = thing; layer && (layer === thing || getPrototypeOf(layer) !== null); layer = getPrototypeOf(layer)) {
    for (const key of Reflect.ownKeys(layer)) {
      if (!isUnsafeKey(key) && !(key in flat)) flat[key] = thing[key];
    }
  }
  return flat;
};
