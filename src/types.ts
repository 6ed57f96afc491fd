// The public types: the single source of dist/index.d.ts. Names and shapes
// follow axios 1.x's declarations so that code typed against axios compiles
// unchanged; options that only mean something in Node are declared too, and
// accepted and ignored at run time.
import type { AxiosHeaders } from './core/AxiosHeaders';
import type { AxiosError } from './core/AxiosError';
import type { CanceledError } from './cancel/CanceledError';
import type { HttpStatusCodes } from './helpers/HttpStatusCode';
import type { HttpStatusCode } from './HttpStatusCode';
import type { Axios } from './core/Axios';
import type { CancelToken as CancelTokenClass } from './cancel/CancelToken';
import type { isCancel } from './cancel/isCancel';
// Declared in the entry, beside the values of the same names (see there).
import type { Cancel, CancelToken } from './index';
import type { mergeConfig } from './core/mergeConfig';
import type { getAdapter } from './adapters';
import type { toFormData } from './helpers/toFormData';
import type { formToJSON } from './helpers/formDataToJSON';
import type { isAxiosError } from './helpers/isAxiosError';
import type { all, spread } from './helpers/promises';

/** A string literal union that still accepts any other string. */
type LiteralsOrString<Literals extends string> = Literals | (string & {});

export type AxiosHeaderValue = AxiosHeaders | string | string[] | number | boolean | null;

export type AxiosHeaderParameters = Record<string, string>;

export interface RawAxiosHeaders {
  [key: string]: AxiosHeaderValue;
}

export type AxiosHeaderMatcher =
  | string
  | RegExp
  | ((this: AxiosHeaders, value: string, name: string) => boolean);

export type AxiosHeaderParser = (this: AxiosHeaders, value: AxiosHeaderValue, header: string) => any;

type MethodsHeaders = Partial<
  { [Key in Method as Lowercase<Key>]: AxiosHeaders } & { common: AxiosHeaders }
>;

type CommonRequestHeadersList =
  | 'Accept'
  | 'Content-Length'
  | 'User-Agent'
  | 'Content-Encoding'
  | 'Authorization'
  | 'Location';

export type ContentType =
  | AxiosHeaderValue
  | 'text/html'
  | 'text/plain'
  | 'multipart/form-data'
  | 'application/json'
  | 'application/x-www-form-urlencoded'
  | 'application/octet-stream';

export type RawAxiosRequestHeaders = Partial<
  RawAxiosHeaders & { [Key in CommonRequestHeadersList]: AxiosHeaderValue } & {
    'Content-Type': ContentType;
  }
>;

export type AxiosRequestHeaders = RawAxiosRequestHeaders & AxiosHeaders;

type CommonResponseHeadersList =
  | 'Server'
  | 'Content-Type'
  | 'Content-Length'
  | 'Cache-Control'
  | 'Content-Encoding';

type CommonResponseHeaderKey = CommonResponseHeadersList | Lowercase<CommonResponseHeadersList>;

type RawCommonResponseHeaders = { [Key in CommonResponseHeaderKey]: AxiosHeaderValue } & {
  'set-cookie': string[];
};

export type RawAxiosResponseHeaders = Partial<RawAxiosHeaders & RawCommonResponseHeaders>;

export type AxiosResponseHeaders = RawAxiosResponseHeaders & AxiosHeaders;

export interface AxiosRequestTransformer {
  (this: InternalAxiosRequestConfig, data: any, headers: AxiosRequestHeaders): any;
}

export interface AxiosResponseTransformer {
  (this: InternalAxiosRequestConfig, data: any, headers: AxiosResponseHeaders, status?: number): any;
}

export interface AxiosAdapter {
  (config: InternalAxiosRequestConfig): AxiosPromise;
}

export interface AxiosBasicCredentials {
  username: string;
  password: string;
}

export interface AxiosProxyConfig {
  host: string;
  port: number;
  auth?: AxiosBasicCredentials;
  protocol?: string;
}

type UppercaseMethod =
  | 'GET'
  | 'DELETE'
  | 'HEAD'
  | 'OPTIONS'
  | 'POST'
  | 'PUT'
  | 'PATCH'
  | 'PURGE'
  | 'LINK'
  | 'UNLINK'
  | 'QUERY';

export type Method = (UppercaseMethod | Lowercase<UppercaseMethod>) & {};

export type ResponseType = 'arraybuffer' | 'blob' | 'document' | 'json' | 'text' | 'stream' | 'formdata';

type UppercaseResponseEncoding =
  | 'ASCII'
  | 'ANSI'
  | 'BINARY'
  | 'BASE64'
  | 'BASE64URL'
  | 'HEX'
  | 'LATIN1'
  | 'UCS-2'
  | 'UCS2'
  | 'UTF-8'
  | 'UTF8'
  | 'UTF16LE';

export type responseEncoding = (UppercaseResponseEncoding | Lowercase<UppercaseResponseEncoding>) & {};

export interface TransitionalOptions {
  silentJSONParsing?: boolean;
  forcedJSONParsing?: boolean;
  clarifyTimeoutError?: boolean;
  legacyInterceptorReqResOrdering?: boolean;
  advertiseZstdAcceptEncoding?: boolean;
  validateStatusUndefinedResolves?: boolean;
  /** Encode a Basic auth username as UTF-8 (off by default, as in axios). */
  encodeBasicAuthUsername?: boolean;
}

export interface GenericAbortSignal {
  readonly aborted: boolean;
  onabort?: ((...args: any) => any) | null;
  addEventListener?: (...args: any) => any;
  removeEventListener?: (...args: any) => any;
}

export interface FormDataVisitorHelpers {
  defaultVisitor: SerializerVisitor;
  convertValue: (value: any) => any;
  isVisitable: (value: any) => boolean;
}

export interface SerializerVisitor {
  (
    this: GenericFormData,
    value: any,
    key: string | number,
    path: null | Array<string | number>,
    helpers: FormDataVisitorHelpers
  ): boolean;
}

export interface SerializerOptions {
  visitor?: SerializerVisitor;
  dots?: boolean;
  metaTokens?: boolean;
  indexes?: boolean | null;
  maxDepth?: number;
  Blob?: { new (...args: any[]): any };
}

export interface FormSerializerOptions extends SerializerOptions {}

export interface ParamEncoder {
  (value: any, defaultEncoder: (value: any) => any): any;
}

export interface CustomParamsSerializer<P = Record<string, any>> {
  (params: P, options?: ParamsSerializerOptions<P>): string;
}

export interface ParamsSerializerOptions<P = Record<string, any>> extends SerializerOptions {
  encode?: ParamEncoder;
  serialize?: CustomParamsSerializer<P>;
}

type MaxUploadRate = number;
type MaxDownloadRate = number;
type BrowserProgressEvent = any;

export interface AxiosProgressEvent {
  loaded: number;
  total?: number;
  progress?: number;
  bytes: number;
  rate?: number;
  estimated?: number;
  upload?: boolean;
  download?: boolean;
  event?: BrowserProgressEvent;
  lengthComputable: boolean;
}

type Milliseconds = number;

export type AxiosAdapterName = LiteralsOrString<'xhr' | 'http' | 'fetch'>;

export type AxiosAdapterConfig = AxiosAdapter | AxiosAdapterName;

export type AddressFamily = 4 | 6 | undefined;

export interface LookupAddressEntry {
  address: string;
  family?: AddressFamily;
}

export type LookupAddress = string | LookupAddressEntry;

export interface AxiosRequestConfig<D = any, P = any> {
  url?: string;
  method?: LiteralsOrString<Method>;
  baseURL?: string;
  allowAbsoluteUrls?: boolean;
  transformRequest?: AxiosRequestTransformer | AxiosRequestTransformer[];
  transformResponse?: AxiosResponseTransformer | AxiosResponseTransformer[];
  headers?: (RawAxiosRequestHeaders & MethodsHeaders) | AxiosHeaders;
  params?: P;
  paramsSerializer?:
    | ParamsSerializerOptions<unknown extends P ? Record<string, any> : P>
    | CustomParamsSerializer<unknown extends P ? Record<string, any> : P>;
  data?: D;
  timeout?: Milliseconds;
  timeoutErrorMessage?: string;
  withCredentials?: boolean;
  adapter?: AxiosAdapterConfig | AxiosAdapterConfig[];
  auth?: AxiosBasicCredentials;
  responseType?: ResponseType;
  /** Node only: ignored in browsers. */
  responseEncoding?: LiteralsOrString<responseEncoding>;
  xsrfCookieName?: string;
  xsrfHeaderName?: string;
  onUploadProgress?: (progressEvent: AxiosProgressEvent) => void;
  onDownloadProgress?: (progressEvent: AxiosProgressEvent) => void;
  /** Enforced by the fetch adapter; -1 means no limit. */
  maxContentLength?: number;
  validateStatus?: ((status: number) => boolean) | null;
  /** Enforced by the fetch adapter; -1 means no limit. */
  maxBodyLength?: number;
  /** Node only: ignored in browsers (the browser follows redirects itself). */
  maxRedirects?: number;
  /** Node only: ignored in browsers. */
  maxRate?: number | [MaxUploadRate, MaxDownloadRate];
  /** Node only: ignored in browsers. */
  beforeRedirect?: (
    options: Record<string, any>,
    responseDetails: { headers: Record<string, string>; statusCode: number },
    requestDetails: { headers: Record<string, string>; url: string; method: string }
  ) => void;
  /** Node only: ignored in browsers. */
  socketPath?: string | null;
  /** Node only: ignored in browsers. */
  allowedSocketPaths?: string | string[] | null;
  /** Node only: ignored in browsers. */
  transport?: any;
  /** Node only: ignored in browsers. */
  httpAgent?: any;
  /** Node only: ignored in browsers. */
  httpsAgent?: any;
  /** Node only: ignored in browsers. */
  proxy?: AxiosProxyConfig | false;
  /** @deprecated Use `signal` with an AbortController. */
  cancelToken?: CancelToken | undefined;
  /** Node only: ignored in browsers (the browser decompresses). */
  decompress?: boolean;
  transitional?: TransitionalOptions;
  signal?: GenericAbortSignal;
  /** Node only: ignored in browsers. */
  insecureHTTPParser?: boolean;
  env?: {
    FormData?: new (...args: any[]) => object;
    fetch?: (input: URL | Request | string, init?: RequestInit) => Promise<Response>;
    Request?: new (input: URL | Request | string, init?: RequestInit) => Request;
    Response?: new (
      body?: ArrayBuffer | ArrayBufferView | Blob | FormData | URLSearchParams | string | null,
      init?: ResponseInit
    ) => Response;
  };
  formSerializer?: FormSerializerOptions;
  /** Node only: ignored in browsers. */
  family?: AddressFamily;
  /** Node only: ignored in browsers. */
  lookup?:
    | ((
        hostname: string,
        options: object,
        cb: (err: Error | null, address: LookupAddress | LookupAddress[], family?: AddressFamily) => void
      ) => void)
    | ((
        hostname: string,
        options: object
      ) => Promise<[address: LookupAddressEntry | LookupAddressEntry[], family?: AddressFamily] | LookupAddress>);
  withXSRFToken?: boolean | ((config: InternalAxiosRequestConfig<D, P>) => boolean | undefined);
  parseReviver?: (this: any, key: string, value: any, context?: { source?: string }) => any;
  fetchOptions?: Omit<RequestInit, 'body' | 'headers' | 'method' | 'signal'> | Record<string, any>;
  /** Node only: ignored in browsers. */
  httpVersion?: 1 | 2;
  /** Node only: ignored in browsers. */
  http2Options?: Record<string, any> & { sessionTimeout?: number };
  /** Node only: ignored in browsers. */
  formDataHeaderPolicy?: 'legacy' | 'content-only';
  /** Keys whose values `AxiosError#toJSON()` replaces, at any depth, case-insensitively. */
  redact?: string[];
  /** Node only: ignored in browsers. */
  sensitiveHeaders?: string[];
}

export type RawAxiosRequestConfig<D = any, P = any> = AxiosRequestConfig<D, P>;

export interface InternalAxiosRequestConfig<D = any, P = any> extends AxiosRequestConfig<D, P> {
  headers: AxiosRequestHeaders;
}

export interface HeadersDefaults {
  common: RawAxiosRequestHeaders;
  delete: RawAxiosRequestHeaders;
  get: RawAxiosRequestHeaders;
  head: RawAxiosRequestHeaders;
  post: RawAxiosRequestHeaders;
  put: RawAxiosRequestHeaders;
  patch: RawAxiosRequestHeaders;
  options?: RawAxiosRequestHeaders;
  purge?: RawAxiosRequestHeaders;
  link?: RawAxiosRequestHeaders;
  unlink?: RawAxiosRequestHeaders;
  query?: RawAxiosRequestHeaders;
}

export interface AxiosDefaults<D = any, P = any> extends Omit<AxiosRequestConfig<D, P>, 'headers'> {
  headers: HeadersDefaults;
}

export interface CreateAxiosDefaults<D = any, P = any> extends Omit<AxiosRequestConfig<D, P>, 'headers'> {
  headers?: RawAxiosRequestHeaders | AxiosHeaders | Partial<HeadersDefaults>;
}

export interface AxiosResponse<T = any, D = any, H = {}, P = any> {
  data: T;
  status: number;
  statusText: string;
  /** Whole milliseconds the adapter took, from its call to its settlement. */
  duration?: number;
  headers: (H & RawAxiosResponseHeaders) | AxiosResponseHeaders;
  config: InternalAxiosRequestConfig<D, P>;
  request?: any;
}

declare const axiosResponseDefault: unique symbol;

export interface AxiosResponseDefault {
  readonly [axiosResponseDefault]: true;
}

export type AxiosResponseResult<T, R, D, P> = R extends AxiosResponseDefault ? AxiosResponse<T, D, {}, P> : R;

export type AxiosPromise<T = any, D = any, P = any> = Promise<AxiosResponse<T, D, {}, P>>;

export interface CancelStatic {
  new (message?: string): Cancel;
}

export interface Canceler {
  (message?: string, config?: AxiosRequestConfig, request?: any): void;
}

export interface CancelTokenStatic {
  new (executor: (cancel: Canceler) => void): CancelToken;
  source(): CancelTokenSource;
}

export interface CancelTokenSource {
  token: CancelToken;
  cancel: Canceler;
}

export interface AxiosInterceptorOptions {
  synchronous?: boolean;
  runWhen?: ((config: InternalAxiosRequestConfig) => boolean) | null;
}

type AxiosInterceptorFulfilled<T> = (value: T) => T | Promise<T>;
type AxiosInterceptorRejected = (error: any) => any;

type AxiosRequestInterceptorUse<T> = (
  onFulfilled?: AxiosInterceptorFulfilled<T> | null,
  onRejected?: AxiosInterceptorRejected | null,
  options?: AxiosInterceptorOptions
) => number;

type AxiosResponseInterceptorUse<T> = (
  onFulfilled?: AxiosInterceptorFulfilled<T> | null,
  onRejected?: AxiosInterceptorRejected | null
) => number;

export interface AxiosInterceptorHandler<T> {
  fulfilled: AxiosInterceptorFulfilled<T>;
  rejected?: AxiosInterceptorRejected;
  synchronous: boolean;
  runWhen?: ((config: InternalAxiosRequestConfig) => boolean) | null;
}

export interface AxiosInterceptorManager<V> {
  use: V extends AxiosResponse ? AxiosResponseInterceptorUse<V> : AxiosRequestInterceptorUse<V>;
  eject(id: number): void;
  clear(): void;
  handlers?: Array<AxiosInterceptorHandler<V>>;
}

/**
 * The method aliases of an Axios instance (methods, so subclasses can override them).
 *
 * Each has a second signature, axios's older one, which no call needs (any
 * arguments the second takes, the first takes). It lets an instance go where a
 * package's own copy of axios's types expects one: TypeScript cannot relate two
 * conditional result types that test for different unique symbols, but it can
 * relate this one.
 */
export interface AxiosMethods {
  get<T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, config?: AxiosRequestConfig<D, P>): Promise<AxiosResponseResult<T, R, D, P>>;
  get<T = any, R = AxiosResponse<T>, D = any>(url: string, config?: AxiosRequestConfig<D>): Promise<R>;
  delete<T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, config?: AxiosRequestConfig<D, P>): Promise<AxiosResponseResult<T, R, D, P>>;
  delete<T = any, R = AxiosResponse<T>, D = any>(url: string, config?: AxiosRequestConfig<D>): Promise<R>;
  head<T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, config?: AxiosRequestConfig<D, P>): Promise<AxiosResponseResult<T, R, D, P>>;
  head<T = any, R = AxiosResponse<T>, D = any>(url: string, config?: AxiosRequestConfig<D>): Promise<R>;
  options<T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, config?: AxiosRequestConfig<D, P>): Promise<AxiosResponseResult<T, R, D, P>>;
  options<T = any, R = AxiosResponse<T>, D = any>(url: string, config?: AxiosRequestConfig<D>): Promise<R>;
  post<T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, data?: D, config?: AxiosRequestConfig<D, P>): Promise<AxiosResponseResult<T, R, D, P>>;
  post<T = any, R = AxiosResponse<T>, D = any>(url: string, data?: D, config?: AxiosRequestConfig<D>): Promise<R>;
  put<T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, data?: D, config?: AxiosRequestConfig<D, P>): Promise<AxiosResponseResult<T, R, D, P>>;
  put<T = any, R = AxiosResponse<T>, D = any>(url: string, data?: D, config?: AxiosRequestConfig<D>): Promise<R>;
  patch<T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, data?: D, config?: AxiosRequestConfig<D, P>): Promise<AxiosResponseResult<T, R, D, P>>;
  patch<T = any, R = AxiosResponse<T>, D = any>(url: string, data?: D, config?: AxiosRequestConfig<D>): Promise<R>;
  query<T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, data?: D, config?: AxiosRequestConfig<D, P>): Promise<AxiosResponseResult<T, R, D, P>>;
  query<T = any, R = AxiosResponse<T>, D = any>(url: string, data?: D, config?: AxiosRequestConfig<D>): Promise<R>;
  postForm<T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, data?: D, config?: AxiosRequestConfig<D, P>): Promise<AxiosResponseResult<T, R, D, P>>;
  postForm<T = any, R = AxiosResponse<T>, D = any>(url: string, data?: D, config?: AxiosRequestConfig<D>): Promise<R>;
  putForm<T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, data?: D, config?: AxiosRequestConfig<D, P>): Promise<AxiosResponseResult<T, R, D, P>>;
  putForm<T = any, R = AxiosResponse<T>, D = any>(url: string, data?: D, config?: AxiosRequestConfig<D>): Promise<R>;
  patchForm<T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, data?: D, config?: AxiosRequestConfig<D, P>): Promise<AxiosResponseResult<T, R, D, P>>;
  patchForm<T = any, R = AxiosResponse<T>, D = any>(url: string, data?: D, config?: AxiosRequestConfig<D>): Promise<R>;
}

export interface GenericFormData {
  append(name: string, value: any, options?: any): any;
}

export interface GenericHTMLFormElement {
  name: string;
  method: string;
  submit(): void;
}

export interface AxiosInstance extends Axios {
  <T = any, R = AxiosResponseDefault, D = any, P = any>(config: AxiosRequestConfig<D, P>): Promise<
    AxiosResponseResult<T, R, D, P>
  >;
  <T = any, R = AxiosResponseDefault, D = any, P = any>(url: string, config?: AxiosRequestConfig<D, P>): Promise<
    AxiosResponseResult<T, R, D, P>
  >;
  // The older signatures, as in AxiosMethods.
  <T = any, R = AxiosResponse<T>, D = any>(config: AxiosRequestConfig<D>): Promise<R>;
  <T = any, R = AxiosResponse<T>, D = any>(url: string, config?: AxiosRequestConfig<D>): Promise<R>;
  create(config?: CreateAxiosDefaults): AxiosInstance;
  defaults: Omit<AxiosDefaults, 'headers'> & {
    headers: HeadersDefaults & { [key: string]: AxiosHeaderValue };
  };
}

export interface AxiosStatic extends AxiosInstance {
  Cancel: typeof CanceledError;
  CancelToken: CancelTokenStatic;
  Axios: typeof Axios;
  AxiosError: typeof AxiosError;
  HttpStatusCode: HttpStatusCodes;
  readonly VERSION: string;
  isCancel: typeof isCancel;
  all: typeof all;
  spread: typeof spread;
  isAxiosError: typeof isAxiosError;
  toFormData: typeof toFormData;
  formToJSON: typeof formToJSON;
  getAdapter: typeof getAdapter;
  CanceledError: typeof CanceledError;
  AxiosHeaders: typeof AxiosHeaders;
  mergeConfig: typeof mergeConfig;
}

/** The type of the CancelToken class: `new CancelToken(executor)` and `CancelToken.source()`. */
export type CancelTokenClassType = typeof CancelTokenClass;

export type { AxiosHeaders, AxiosError, CanceledError, HttpStatusCode };
