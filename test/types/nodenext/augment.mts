// The same augmentation from an ES module, which reads dist/esm/index.d.ts.
import axios, { isAxiosError } from 'plume';

declare module 'plume' {
  interface AxiosRequestConfig {
    attempt?: number;
  }
}

axios.interceptors.response.use(undefined, (error: unknown) => {
  if (isAxiosError(error) && error.config && (error.config.attempt ?? 0) < 2) {
    return axios({ ...error.config, attempt: (error.config.attempt ?? 0) + 1 });
  }
  throw error;
});

export const attempt = (): Promise<number | undefined> =>
  axios.get('/api/item', { attempt: 0 }).then((response) => response.config.attempt);
