// An ES module compiled with Node's resolution: `import` of the package by its
// name finds dist/esm/index.d.ts, read as an ES module.
import axios, { AxiosError, type AxiosResponse } from 'plume';

export async function viaImport(): Promise<number> {
  const response: AxiosResponse<{ id: number }> = await axios.get<{ id: number }>('/api/item');
  if (axios.isAxiosError(new AxiosError('m'))) return response.data.id;
  return 0;
}
