// What both adapters use to talk to the runtime and to the caller.
import { defineValue } from '../helpers/object';
import { trimOWS } from '../helpers/trimOWS';
import type { AxiosHeaders } from '../core/AxiosHeaders';

/** A header value as the bytes a request may carry: Latin-1 without controls. */
const toByteString = (value: any): any =>
  Array.isArray(value) ? value.map(toByteString) : trimOWS(String(value).replace(/[^\t\x20-\x7e\x80-\xff]+/g, ''));

/** A request's headers as the [name, value] pairs that go on the wire. */
export const wireHeaders = (headers: AxiosHeaders): [string, string][] =>
  Object.entries(headers.normalize().toJSON()).map(([name, value]) => [name, toByteString(value)]);

/** Name an adapter as axios does: `name` and `adapterName` both say which it is. */
export const named = <T extends Function>(adapter: T, name: string): T => (
  defineValue(adapter, 'name', name), defineValue(adapter, 'adapterName', name)
);
