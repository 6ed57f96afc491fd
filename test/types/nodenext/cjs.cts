// A CommonJS module compiled with Node's resolution: it is emitted as
// require('plume'), whose types are dist/index.d.cts (`export =` the axios
// function, as the UMD bundle's module.exports is).
import axios, { AxiosError, type AxiosResponse } from 'plume';

export async function viaRequire(): Promise<number> {
  const response: AxiosResponse<{ id: number }> = await axios.get<{ id: number }>('/api/item');
  // AxiosError is both the class (a value) and its type, as in an ES module.
  const failure: AxiosError<{ message: string }> = new AxiosError('m');
  if (axios.isAxiosError(failure) && failure instanceof AxiosError) return response.data.id;
  return 0;
}
