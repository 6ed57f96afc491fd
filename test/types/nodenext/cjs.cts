// A CommonJS module compiled with Node's resolution: it is emitted as
// require('plume'), which finds dist/index.d.ts, read as CommonJS, as the
// UMD bundle it describes is.
import axios, { AxiosError, type AxiosResponse } from 'plume';

export async function viaRequire(): Promise<number> {
  const response: AxiosResponse<{ id: number }> = await axios.get<{ id: number }>('/api/item');
  if (axios.isAxiosError(new AxiosError('m'))) return response.data.id;
  return 0;
}
