// Code written the way axios users write it, compiled against our
// declarations only. It must compile unchanged.
import axios, {
  AxiosError,
  AxiosHeaders,
  CanceledError,
  HttpStatusCode,
  isAxiosError,
  isCancel,
  toFormData,
  type AxiosInstance,
  type AxiosInterceptorManager,
  type AxiosProgressEvent,
  type AxiosRequestConfig,
  type AxiosResponse,
  type GenericFormData,
  type InternalAxiosRequestConfig,
  type RawAxiosRequestHeaders,
} from 'axios-under-test';

interface User {
  id: number;
  name: string;
}

export async function typicalUse() {
  const api: AxiosInstance = axios.create({ baseURL: '/api', timeout: 1000, headers: { 'X-Client': 'test' } });

  api.interceptors.request.use((config: InternalAxiosRequestConfig) => {
    config.headers.Authorization = 'Bearer token';
    config.headers.set('X-Trace', '1');
    return config;
  });
  api.interceptors.response.use(
    (response) => response,
    (error: AxiosError) => Promise.reject(error)
  );

  const { data } = await api.get<User>('/users/1', { params: { expand: true } });
  const name: string = data.name;

  const created = await api.post<User, AxiosResponse<User>, Partial<User>>('/users', { name });
  const id: number = created.data.id;

  const raw: string = await api.get<string, string>('/raw');

  const headers: RawAxiosRequestHeaders = { Accept: 'application/json', 'Content-Type': 'application/json' };
  const config: AxiosRequestConfig = {
    headers,
    onUploadProgress: (event: AxiosProgressEvent) => void event.progress,
    validateStatus: (status) => status < 500,
    signal: new AbortController().signal,
    responseType: 'blob',
    withXSRFToken: (c) => c.url?.startsWith('/') ?? false,
  };
  await axios.request<Blob>({ url: '/file', ...config });

  try {
    await axios.get('/missing');
  } catch (error) {
    if (isAxiosError<{ message: string }>(error)) {
      const status: number | undefined = error.response?.status;
      const message: string | undefined = error.response?.data.message;
      void [status, message, error.code === AxiosError.ERR_BAD_REQUEST, error.toJSON()];
    }
    if (isCancel(error)) void (error as CanceledError<unknown>).message;
    if (error instanceof AxiosError && error.status === HttpStatusCode.NotFound) void error.config?.url;
  }

  const source = axios.CancelToken.source();
  source.cancel('stop');
  const h = new AxiosHeaders({ a: '1' }).set('b', '2').concat({ c: '3' });
  const ct = h.getContentType();
  const codes: number = axios.HttpStatusCode.Ok;
  const both = await axios.all([api.get('/a'), api.get('/b')]);
  axios.spread((a: AxiosResponse, b: AxiosResponse) => a.status + b.status)(both);
  const uri: string = api.getUri({ url: '/x', params: { y: 1 } });

  class Client extends axios.Axios {
    get<T = any, R = AxiosResponse<T>, D = any>(url: string, cfg?: AxiosRequestConfig<D>) {
      return super.get<T, R, D>(url, { ...cfg, headers: { 'X-Subclass': '1' } });
    }
  }
  return { id, raw, ct, codes, uri, Client };
}

// A retry with a fresh token: the failed request's headers spread into a new object.
export function retryWithFreshToken(api: AxiosInstance, token: string) {
  api.interceptors.response.use(undefined, async (error: AxiosError) => {
    const original = error.config!;
    return api({ ...original, headers: { ...original.headers, Authorization: `Bearer ${token}` } });
  });
}

// An interceptor manager handed to a helper typed as axios types it.
function installAuth(manager: AxiosInterceptorManager<InternalAxiosRequestConfig>) {
  return manager.use((config) => config);
}
export const addAuth = (api: AxiosInstance) => installAuth(api.interceptors.request);

// A subclass that overrides a header accessor.
export class TracedHeaders extends AxiosHeaders {
  hasAuthorization(matcher?: Parameters<AxiosHeaders['hasAuthorization']>[0]): boolean {
    return super.hasAuthorization(matcher);
  }
}

// toFormData is typed: what it returns is a GenericFormData, not any.
export function formOf(values: Record<string, string>) {
  const form = toFormData(values);
  // @ts-expect-error GenericFormData has no such method
  form.notAMethod();
  const typed: GenericFormData = form;
  return typed;
}

// Values a library exports, whose emitted declarations must name our types
// (this project compiles with `declaration: true`).
export const sharedToken = axios.CancelToken.source().token;
export const sharedInterceptors = axios.create().interceptors.request;
// HttpStatusCode is an enum: its members are types too, and values a
// library exports can be named in its declarations.
export type Outcome = { status: HttpStatusCode.Ok; body: string } | { status: HttpStatusCode.NoContent };
export const okStatus = HttpStatusCode.Ok;
export const noContent: HttpStatusCode.NoContent = HttpStatusCode.NoContent;
export const statusName = (status: number) => HttpStatusCode[status];
