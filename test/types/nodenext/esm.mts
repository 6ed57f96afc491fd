// An ES module compiled with Node's resolution: `import` of the package by its
// name finds dist/esm/index.d.ts, read as an ES module.
import axios, { AxiosError, type AxiosResponse } from 'plume';

export async function viaImport(): Promise<number> {
  const response: AxiosResponse<{ id: number }> = await axios.get<{ id: number }>('/api/item');
  if (axios.isAxiosError(new AxiosError('m'))) return response.data.id;
  return 0;
}

// The CommonJS declarations are a second copy of the types: an instance typed
// by one must fit where the other is expected (a CommonJS helper package
// typed against plume, used from an ES module).
import type { AxiosInstance as CommonJsInstance } from 'plume' with { 'resolution-mode': 'require' };
export const shared: CommonJsInstance = axios.create();
