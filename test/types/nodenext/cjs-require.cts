// A CommonJS module written the older way, `import x = require(...)`: the
// package's CommonJS declarations say `export =`, as the UMD bundle's
// module.exports is the axios function itself, so the import is callable and
// its types are reached through it.
import axios = require('plume');

export async function viaImportEquals(): Promise<number> {
  const config: axios.AxiosRequestConfig = { params: { q: 1 } };
  const response: axios.AxiosResponse<{ id: number }> = await axios.get<{ id: number }>('/api/item', config);
  const direct = await axios<{ id: number }>({ url: '/api/item' });
  const instance: axios.AxiosInstance = axios.create({ baseURL: '/api' });
  instance.interceptors.request.use((request: axios.InternalAxiosRequestConfig) => request);
  try {
    await instance.post('/x', { a: 1 });
  } catch (error) {
    if (axios.isAxiosError<{ message: string }>(error)) {
      const failed: axios.AxiosError<{ message: string }> = error;
      return failed.response?.status ?? axios.HttpStatusCode.BadGateway;
    }
    if (axios.isCancel(error)) return 0;
  }
  const ok: axios.HttpStatusCode = axios.HttpStatusCode.Ok;
  const headers: axios.AxiosHeaders = new axios.AxiosHeaders({ a: '1' });
  const source: axios.CancelTokenSource = axios.CancelToken.source();
  source.cancel();
  // require('plume').default is the same function, for code compiled to read it.
  const viaDefault: axios.AxiosStatic = axios.default;
  return response.data.id + direct.data.id + ok + headers.toString().length + (viaDefault.VERSION ? 1 : 0);
}
