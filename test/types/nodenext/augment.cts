// Options of one's own (a flag an interceptor reads, say) are added by
// augmenting the module's AxiosRequestConfig; every method then takes them.
// In CommonJS the interface merges into the namespace behind `export =`.
import axios = require('plume');

declare module 'plume' {
  interface AxiosRequestConfig {
    retried?: boolean;
  }
}

axios.interceptors.response.use(undefined, (error: unknown) => {
  if (axios.isAxiosError(error) && error.config && !error.config.retried) return axios({ ...error.config, retried: true });
  throw error;
});

export const flagged = (): Promise<boolean | undefined> =>
  axios.get('/api/item', { retried: false }).then((response) => response.config.retried);
