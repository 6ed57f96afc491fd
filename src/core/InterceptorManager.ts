import type { AxiosInterceptorHandler, AxiosInterceptorOptions } from '../types';

/**
 * A stack of interceptors. Ids are never reused, so an id kept from before
 * clear() cannot eject a newer interceptor.
 */
export class InterceptorManager<V> {
  handlers: Array<AxiosInterceptorHandler<V> | null> = [];
  private _ids = new Map<unknown, AxiosInterceptorHandler<V>>();
  private _next = 0;

  use(
    fulfilled?: ((value: V) => V | Promise<V>) | null,
    rejected?: ((error: any) => any) | null,
    options?: AxiosInterceptorOptions
  ): number {
    const handler: any = {
      fulfilled,
      rejected,
      synchronous: options ? options.synchronous : false,
      runWhen: options ? options.runWhen : null,
    };
    (this.handlers ||= []).push(handler);
    this._ids.set(this._next, handler);
    return this._next++;
  }

  eject(id: number): void {
    // '1' ejects 1, as an array index would; null or '' eject nothing.
    const key = typeof id == 'string' && id !== '' && String(+id) === id ? +id : id;
    const handler = this._ids.get(key);
    const handlers = this.handlers || [];
    const index = handler ? handlers.indexOf(handler) : -1;
    this._ids.delete(key);
    if (index < 0) return;
    handlers[index] = null;
    while (handlers.length && handlers[handlers.length - 1] === null) handlers.pop();
  }

  clear(): void {
    if (this.handlers) this.handlers = [];
    this._ids.clear();
  }

  forEach(fn: (handler: AxiosInterceptorHandler<V>) => void): void {
    for (const handler of (this.handlers || []).slice()) handler && fn(handler);
  }
}
