import axios from 'plume';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';

const server = setupServer(
  http.get('https://api.example.com/users/:id', ({ params }) => HttpResponse.json({ id: Number(params.id), name: 'Ada' }))
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

test('the handler answers', async () => {
  const { data } = await axios.get('https://api.example.com/users/1');
  expect(data).toEqual({ id: 1, name: 'Ada' });
});

test('a handler can make the request fail', async () => {
  server.use(http.get('https://api.example.com/users/:id', () => HttpResponse.json({ error: 'down' }, { status: 503 })));
  const error = await axios.get('https://api.example.com/users/1').catch((error) => error);
  expect(error.code).toBe('ERR_BAD_RESPONSE');
  expect(error.response.status).toBe(503);
});
