// Packages typed against axios's own declarations take a plume instance (test/node/ecosystem.test.ts
// runs the same calls). A program of its own: axios-retry augments axios's types, which compat.ts reads.
import MockAdapter from 'axios-mock-adapter';
import axiosRetry from 'axios-retry';
import { setupCache } from 'axios-cache-interceptor';
import createAuthRefreshInterceptor from 'axios-auth-refresh';
import applyCaseMiddleware from 'axios-case-converter';
import axios from '../../dist/index';

const api = axios.create({ baseURL: '/api' });
export const mock = new MockAdapter(api, { onNoMatch: 'passthrough' });
mock.onGet('/users').reply(200, []);
export const onDefault = new MockAdapter(axios);

axiosRetry(api, { retries: 2, retryDelay: axiosRetry.exponentialDelay });
axiosRetry(axios, { retryCondition: (error) => axiosRetry.isNetworkOrIdempotentRequestError(error) });

// Three more that take an instance: a cache, token refresh, and case conversion.
export const cached = setupCache(axios.create({ baseURL: '/api' }), { interpretHeader: false });
export const cachedRequest = cached.get<{ id: number }>('/users/1', { cache: { ttl: 1000 } }).then((response) => [response.cached, response.data.id]);
createAuthRefreshInterceptor(api, (failed) => Promise.resolve(failed.response.config.headers.set('Authorization', 'Bearer fresh')));
export const cased = applyCaseMiddleware(axios.create(), { ignoreHeaders: true });
