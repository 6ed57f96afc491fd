import axios from 'plume';
import MockAdapter from 'axios-mock-adapter';
import { afterEach, expect, test } from 'vitest';

// The code under test: part of an app's API client.
const api = axios.create({ baseURL: 'https://api.example.com' });
const getUser = async (id: number) => (await api.get(`/users/${id}`)).data;

const mock = new MockAdapter(api);
afterEach(() => mock.reset());

test('getUser returns the user', async () => {
  mock.onGet('/users/1').reply(200, { id: 1, name: 'Ada' });
  expect(await getUser(1)).toEqual({ id: 1, name: 'Ada' });
});

test('a missing user is an AxiosError with the status', async () => {
  mock.onGet('/users/2').reply(404, { error: 'not found' });
  const error = await getUser(2).catch((error) => error);
  expect(axios.isAxiosError(error)).toBe(true);
  expect(error.response.status).toBe(404);
});
