// Packages typed against axios's own declarations take a plume instance (test/node/ecosystem.test.ts
// runs the same calls). A program of its own: axios-retry augments axios's types, which compat.ts reads.
import MockAdapter from 'axios-mock-adapter';
import axiosRetry from 'axios-retry';
import axios from '../../dist/index';

const api = axios.create({ baseURL: '/api' });
export const mock = new MockAdapter(api, { onNoMatch: 'passthrough' });
mock.onGet('/users').reply(200, []);
export const onDefault = new MockAdapter(axios);

axiosRetry(api, { retries: 2, retryDelay: axiosRetry.exponentialDelay });
axiosRetry(axios, { retryCondition: (error) => axiosRetry.isNetworkOrIdempotentRequestError(error) });
