// @vitest-environment jsdom
import axios from 'plume';
import { fakeXhr } from 'nise'; // what sinon.useFakeXMLHttpRequest() uses
import { afterEach, expect, test } from 'vitest';

const fake = fakeXhr.useFakeXMLHttpRequest();
const sent: any[] = [];
fake.onCreate = (request: any) => sent.push(request);
afterEach(() => (sent.length = 0));

test('the request goes to the fake, which answers it', async () => {
  const pending = axios.post('/api/users', { name: 'Ada' });
  await new Promise((resolve) => setTimeout(resolve));
  expect(sent[0].method).toBe('POST');
  expect(JSON.parse(sent[0].requestBody)).toEqual({ name: 'Ada' });
  sent[0].respond(201, { 'Content-Type': 'application/json' }, '{"id":1}');
  expect((await pending).data).toEqual({ id: 1 });
});
