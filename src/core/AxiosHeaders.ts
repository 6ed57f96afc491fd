import type {
  AxiosHeaderMatcher,
  AxiosHeaderParameters,
  AxiosHeaderParser,
  AxiosHeaderValue,
  ContentType,
  RawAxiosHeaders,
} from '../types';
import { hasOwn, isFunction, isObject, isPlainObject, isString, isUnsafeKey, nullObject, tagOf } from '../helpers/object';
import { parseHeaders } from '../helpers/parseHeaders';
import { trimOWS } from '../helpers/trimOWS';

type HeaderSource = RawAxiosHeaders | AxiosHeaders | string | Iterable<[string, AxiosHeaderValue]> | null | undefined;


// Control characters other than tab are dropped: a CR or LF in a value would
// otherwise start a new header line on the wire.
const normalizeValue = (value: any): any =>
  value === false || value == null
    ? value
    : Array.isArray(value)
      ? value.map(normalizeValue)
      : trimOWS(String(value).replace(/[\0-\x08\n-\x1f\x7f]+/g, ''));

const isHeaderName = (name: string) => /^[-\w^`|~,!#$%&'*+.]+$/.test(name);

/** The stored spelling of a header, found case-insensitively; the last one wins, as in axios. */
function keyOf(headers: object, name: unknown): string | undefined {
  const lowerName = name == null ? '' : String(name).trim().toLowerCase();
  const keys = Object.keys(headers);
  for (let i = keys.length; lowerName && i--; ) if (keys[i].toLowerCase() === lowerName) return keys[i];
}

// A header named like an inherited member ('set', 'toString', '__proto__') is
// stored under another case of the same name: lookups ignore case, and the
// member stays callable (and no prototype is ever written).
// Only members (functions, and __proto__) count: a string planted on
// Object.prototype under a header's name must not move the header.
const slotFor = (headers: any, name: string) =>
  name == '__proto__' || (isFunction(headers[name]) && !hasOwn(headers, name)) ? name.replace(/[a-z]/, (letter) => letter.toUpperCase()) : name;

function matches(headers: AxiosHeaders, value: any, name: string, filter: any, byName?: boolean) {
  if (isFunction(filter)) return filter.call(headers, value, name);
  if (byName) value = name;
  if (!isString(value)) return;
  if (isString(filter)) return value.includes(filter);
  if (tagOf(filter) == 'RegExp') return filter.test(value);
}

/** get<Camel>, set<Camel> and has<Camel> on `proto` for the header `name`, where not defined yet. */
function addAccessors(proto: any, name: string, camel: string) {
  for (const method of ['get', 'set', 'has']) {
    hasOwn(proto, method + camel) ||
      Object.defineProperty(proto, method + camel, {
        __proto__: null,
        configurable: true,
        value(this: any, ...args: any[]) {
          return this[method](name, ...args);
        },
      } as PropertyDescriptor);
  }
}

/** `a=1; b=2, c` as { a: '1', b: '2', c: undefined }. */
function parseTokens(value: string) {
  const tokens = nullObject();
  const pattern = /([^\s,;=]+)\s*(?:=\s*([^,;]+))?/g;
  let match;
  while ((match = pattern.exec(value))) tokens[match[1]] = match[2];
  return tokens;
}

/**
 * `"a\"b"` as `a"b`; anything that is not one well-formed quoted string as
 * is. Linear: the two alternatives never match the same character.
 */
function unquote(value: string) {
  const quoted = /^"((?:[^"\\]|\\[^])*)"$/.exec(value);
  return quoted ? quoted[1].replace(/\\([^])/g, '$1') : value;
}

export class AxiosHeaders {
  [key: string]: any;

  constructor(headers?: HeaderSource) {
    headers && this.set(headers as any);
  }

  set(headerName?: string, value?: AxiosHeaderValue, rewrite?: boolean | AxiosHeaderMatcher): AxiosHeaders;
  set(headers?: RawAxiosHeaders | AxiosHeaders | string, rewrite?: boolean): AxiosHeaders;
  set(headers?: Iterable<[string, AxiosHeaderValue]>, rewrite?: boolean): AxiosHeaders;
  set(header?: any, valueOrRewrite?: any, rewrite?: any): AxiosHeaders {
    // keys: the stored spellings by lower-case name, so that setting many headers stays linear.
    const setOne = (value: any, name: any, rewriteOne: any, keys?: Map<string, string>) => {
      const trimmed = name == null ? '' : String(name).trim();
      const key = keys ? keys.get(trimmed.toLowerCase()) : keyOf(this, trimmed);
      if (trimmed && (!key || this[key] === undefined || rewriteOne === true || (rewriteOne === undefined && this[key] !== false))) {
        const slot = key || slotFor(this, trimmed);
        this[slot] = normalizeValue(value);
        keys && keys.set(trimmed.toLowerCase(), slot);
      }
    };
    const setAll = (headers: object) => {
      const keys = new Map<string, string>();
      for (const key of Object.keys(this)) keys.set(key.toLowerCase(), key);
      for (const [name, value] of Object.entries(headers)) setOne(value, name, valueOrRewrite, keys);
    };

    if (isPlainObject(header) || header instanceof AxiosHeaders) {
      setAll(header);
    } else if (isString(header) && (header = header.trim()) && !isHeaderName(header)) {
      setAll(parseHeaders(header));
    } else if (isObject(header) && isFunction(header[Symbol.iterator])) {
      const grouped = nullObject();
      for (const entry of header as Iterable<unknown>) {
        if (!Array.isArray(entry)) throw new TypeError('Object iterator must return a key-value pair');
        const [name, value] = entry;
        const previous = grouped[name];
        grouped[name] = name in grouped ? (Array.isArray(previous) ? [...previous, value] : [previous, value]) : value;
      }
      setAll(grouped);
    } else {
      header != null && setOne(valueOrRewrite, header, rewrite);
    }
    return this;
  }

  get(headerName: string, parser: typeof AxiosHeaders.parseParameters): AxiosHeaderParameters;
  get(headerName: string, parser: RegExp): RegExpExecArray | null;
  get(headerName: string, matcher?: true | AxiosHeaderParser): AxiosHeaderValue;
  get(header: string, parser?: any): any {
    const key = keyOf(this, header);
    if (!key) return;
    const value = this[key];
    if (!parser) return value;
    if (parser === true) return parseTokens(value);
    if (isFunction(parser)) return parser.call(this, value, key);
    if (tagOf(parser) == 'RegExp') return parser.exec(value);
    throw new TypeError('parser must be boolean|regexp|function');
  }

  has(header: string, matcher?: AxiosHeaderMatcher): boolean {
    const key = keyOf(this, header);
    return !!(key && this[key] !== undefined && (!matcher || matches(this, this[key], key, matcher)));
  }

  delete(header: string | string[], matcher?: AxiosHeaderMatcher): boolean {
    let deleted = false;
    for (const name of Array.isArray(header) ? header : [header]) {
      const key = keyOf(this, name);
      if (key && (!matcher || matches(this, this[key], key, matcher))) {
        delete this[key];
        deleted = true;
      }
    }
    return deleted;
  }

  clear(matcher?: AxiosHeaderMatcher): boolean {
    let deleted = false;
    const keys = Object.keys(this);
    for (let i = keys.length; i--; ) {
      if (!matcher || matches(this, this[keys[i]], keys[i], matcher, true)) {
        delete this[keys[i]];
        deleted = true;
      }
    }
    return deleted;
  }

  /** Merge case variants into one name (the first spelling, the last value); with `format`, as Title-Case. */
  normalize(format?: boolean): AxiosHeaders {
    // The names kept so far, by lower-case name.
    const done: Record<string, string> = nullObject();
    for (const [name, value] of Object.entries(this)) {
      const key = done[name.trim().toLowerCase()];
      if (key) {
        this[key] = normalizeValue(value);
        delete this[name];
        continue;
      }
      const trimmed = name.trim();
      const normalized = format
        ? trimmed.toLowerCase().replace(/([a-z\d])(\w*)/g, (_, first, rest) => first.toUpperCase() + rest)
        : trimmed;
      if (normalized !== name) delete this[name];
      const target = slotFor(this, normalized);
      this[target] = normalizeValue(value);
      done[target.toLowerCase()] = target;
    }
    return this;
  }

  concat(...targets: Array<AxiosHeaders | RawAxiosHeaders | string | undefined | null>): AxiosHeaders {
    return (this.constructor as typeof AxiosHeaders).concat(this, ...targets);
  }

  toJSON(asStrings: true): Record<string, string>;
  toJSON(asStrings?: false): Record<string, string | string[]>;
  toJSON(asStrings?: boolean): Record<string, string | string[]>;
  toJSON(asStrings?: boolean): Record<string, string | string[]> {
    const json = nullObject();
    for (const [name, value] of Object.entries(this)) {
      if (value != null && value !== false) json[name] = asStrings && Array.isArray(value) ? value.join(', ') : value;
    }
    return json;
  }

  [Symbol.iterator](): IterableIterator<[string, AxiosHeaderValue]> {
    return Object.entries(this.toJSON())[Symbol.iterator]();
  }

  toString(): string {
    return Object.entries(this.toJSON())
      .map(([name, value]) => name + ': ' + value)
      .join('\n');
  }

  getSetCookie(): string[] {
    const value = this.get('set-cookie');
    return Array.isArray(value) ? value : value == null || value === false ? [] : [value as string];
  }

  static from(thing?: AxiosHeaders | RawAxiosHeaders | string | null): AxiosHeaders {
    return thing instanceof this ? thing : new this(thing);
  }

  static concat(...targets: Array<AxiosHeaders | RawAxiosHeaders | string | undefined | null>): AxiosHeaders {
    const computed = new this(targets[0] as any);
    for (let i = 1; i < targets.length; i++) computed.set(targets[i] as any);
    return computed;
  }

  /** Add get<Name>, set<Name> and has<Name> methods for these headers. */
  static accessor(header: string | string[]): AxiosHeaders {
    for (const name of Array.isArray(header) ? header : [header]) {
      // As axios names them: each word after a space, hyphen or underscore gets
      // a capital, and an underscore inside a word stays (foo_bar: getFoo_bar).
      const camel = (' ' + name.toLowerCase()).replace(/[-_\s]([a-z\d]\w*)/g, (_, word) => word[0].toUpperCase() + word.slice(1));
      addAccessors(this.prototype, name, camel);
    }
    return this as any;
  }

  /** Parameters of a header value: `form-data; name="a"; filename="b.txt"` as { name: 'a', filename: 'b.txt' }. */
  static parseParameters(value: AxiosHeaderValue): AxiosHeaderParameters {
    const parameters: AxiosHeaderParameters = nullObject();
    const text = String(value);
    let start = 0;
    let quoted = false;
    for (let i = 0; i <= text.length; i++) {
      const char = text[i];
      const end = i >= text.length;
      if (quoted && !end) {
        if (char === '\\' && i + 1 < text.length) i++;
        else if (char === '"') quoted = false;
      } else if (char === '"') {
        quoted = true;
      } else if (char === ',' || char === ';' || end) {
        const part = text.slice(start, i);
        const equals = part.indexOf('=');
        const name = trimOWS(part.slice(0, equals)).toLowerCase();
        if (equals > 0 && /^[!#$%&'*+\-.^_`|~\w]+$/.test(name) && !isUnsafeKey(name)) {
          parameters[name] = unquote(trimOWS(part.slice(equals + 1)));
        }
        start = i + 1;
      }
    }
    return parameters;
  }
}

// The accessors installed below, declared as methods of a class (nothing at
// run time): a spread of an AxiosHeaders (`{ ...config.headers }`) then leaves
// them out, as it leaves out every other method, and subclasses may override
// them with methods. Typed as axios types them, so that axios's AxiosHeaders and
// ours are interchangeable; getAcceptEncoding and its kin exist at run time too.
declare class HeaderAccessors {
  setContentType(value: ContentType, rewrite?: boolean | AxiosHeaderMatcher): AxiosHeaders;
  getContentType(parser?: RegExp): RegExpExecArray | null;
  getContentType(matcher?: AxiosHeaderMatcher): AxiosHeaderValue;
  hasContentType(matcher?: AxiosHeaderMatcher): boolean;
  setContentLength(value: AxiosHeaderValue, rewrite?: boolean | AxiosHeaderMatcher): AxiosHeaders;
  getContentLength(parser?: RegExp): RegExpExecArray | null;
  getContentLength(matcher?: AxiosHeaderMatcher): AxiosHeaderValue;
  hasContentLength(matcher?: AxiosHeaderMatcher): boolean;
  setAccept(value: AxiosHeaderValue, rewrite?: boolean | AxiosHeaderMatcher): AxiosHeaders;
  getAccept(parser?: RegExp): RegExpExecArray | null;
  getAccept(matcher?: AxiosHeaderMatcher): AxiosHeaderValue;
  hasAccept(matcher?: AxiosHeaderMatcher): boolean;
  setUserAgent(value: AxiosHeaderValue, rewrite?: boolean | AxiosHeaderMatcher): AxiosHeaders;
  getUserAgent(parser?: RegExp): RegExpExecArray | null;
  getUserAgent(matcher?: AxiosHeaderMatcher): AxiosHeaderValue;
  hasUserAgent(matcher?: AxiosHeaderMatcher): boolean;
  setContentEncoding(value: AxiosHeaderValue, rewrite?: boolean | AxiosHeaderMatcher): AxiosHeaders;
  getContentEncoding(parser?: RegExp): RegExpExecArray | null;
  getContentEncoding(matcher?: AxiosHeaderMatcher): AxiosHeaderValue;
  hasContentEncoding(matcher?: AxiosHeaderMatcher): boolean;
  setAuthorization(value: AxiosHeaderValue, rewrite?: boolean | AxiosHeaderMatcher): AxiosHeaders;
  getAuthorization(parser?: RegExp): RegExpExecArray | null;
  getAuthorization(matcher?: AxiosHeaderMatcher): AxiosHeaderValue;
  hasAuthorization(matcher?: AxiosHeaderMatcher): boolean;
}

export interface AxiosHeaders extends HeaderAccessors {}

// Set outside the class so the declarations stay the same as axios's.
Object.defineProperty(AxiosHeaders.prototype, Symbol.toStringTag, { get: () => 'AxiosHeaders' });

// The built-in names are Title-Case with one hyphen at most, so dropping it
// camel-cases them as accessor() would, without running its RegExp at load
// (compiling it there is about 0.2 ms of start-up).
for (const name of 'Content-Type Content-Length Accept Accept-Encoding User-Agent Content-Encoding Authorization'.split(' ')) {
  addAccessors(AxiosHeaders.prototype, name, name.replace('-', ''));
}
