import type { Canceler, CancelTokenSource } from '../types';
import type { Cancel } from '../index';
import { CanceledError } from './CanceledError';
import { defineValue } from '../helpers/object';

type Listener = (reason: any) => void;

/**
 * The deprecated way to cancel (AbortController is the modern one). A token
 * is cancelled once; its listeners are called with the CanceledError reason.
 */
export class CancelToken {
  promise: Promise<Cancel>;
  reason?: CanceledError;
  private _listeners?: Listener[] | null;

  constructor(executor: (cancel: Canceler) => void) {
    if (typeof executor != 'function') throw new TypeError('executor must be a function.');
    let resolvePromise!: (reason: CanceledError) => void;
    const settled = new Promise<CanceledError>((resolve) => (resolvePromise = resolve));
    settled.then((reason) => {
      const listeners = this._listeners;
      this._listeners = null;
      // Last subscribed runs first, as in axios.
      if (listeners) for (let i = listeners.length; i--; ) listeners[i](reason);
    });
    // `token.promise.then(fn)` subscribes fn; the promise it returns has a
    // cancel() that unsubscribes it again. Defined, not assigned, so that it
    // works where Promise.prototype is frozen (hardened JavaScript).
    this.promise = defineValue(
      settled,
      'then',
      (onFulfilled: any) => {
        let subscribed!: Listener;
        const promise: any = new Promise((resolve) => this.subscribe((subscribed = resolve))).then(onFulfilled);
        promise.cancel = () => this.unsubscribe(subscribed);
        return promise;
      },
      true
    ) as Promise<Cancel>;

    executor((message, config, request) => {
      if (this.reason) return;
      this.reason = new CanceledError(message, config as any, request);
      resolvePromise(this.reason);
    });
  }

  throwIfRequested(): void {
    if (this.reason) throw this.reason;
  }

  subscribe(listener: Listener): void {
    if (this.reason) return listener(this.reason);
    (this._listeners ||= []).push(listener);
  }

  unsubscribe(listener: Listener): void {
    const index = this._listeners ? this._listeners.indexOf(listener) : -1;
    index >= 0 && this._listeners!.splice(index, 1);
  }

  /** An AbortSignal that aborts, with the reason, when this token is cancelled. */
  toAbortSignal(): AbortSignal {
    const controller = new AbortController();
    const abort = (reason: any) => controller.abort(reason);
    this.subscribe(abort);
    (controller.signal as any).unsubscribe = () => this.unsubscribe(abort);
    return controller.signal;
  }

  static source(): CancelTokenSource {
    let cancel!: Canceler;
    const token = new CancelToken((c) => (cancel = c));
    return { token, cancel };
  }
}
