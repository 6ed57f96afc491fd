// The page globals the specs use inside page.evaluate.
import type { AxiosStatic } from '../src/index';

declare global {
  const axios: AxiosStatic;
  function settle(promise: Promise<unknown>): Promise<{ response?: any; error?: any }>;
  function describeResponse(response: unknown): any;
  function describeError(error: unknown): any;
  interface Window {
    axiosNamed?: Record<string, any>;
    __unhandled: string[];
  }
}
