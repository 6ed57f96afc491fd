import type { AxiosProgressEvent } from '../types';

type Listener = (event: AxiosProgressEvent) => void;

/**
 * Call fn at most `perSecond` times a second; a call in between is kept and
 * made when the interval ends. Returns [throttled, flush pending, call now].
 */
export function throttle<A extends any[]>(fn: (...args: A) => void, perSecond: number) {
  const interval = 1000 / perSecond;
  let last = 0;
  let pending: A | null = null;
  let timer: any;
  const invoke = (args: A) => {
    last = Date.now();
    pending = null;
    clearTimeout(timer);
    timer = null;
    fn(...args);
  };
  const throttled = (...args: A) => {
    const wait = interval - (Date.now() - last);
    if (wait <= 0) return invoke(args);
    pending = args;
    timer ||= setTimeout(() => pending && invoke(pending), wait);
  };
  return [throttled, () => pending && invoke(pending), (...args: A) => invoke(args)] as const;
}

/**
 * Turn native progress events ({ loaded, total, lengthComputable }) into
 * AxiosProgressEvents for one listener, three a second at most, as axios does.
 */
export function progressReducer(listener: Listener, download?: boolean) {
  let notified = 0;
  let started = 0;
  return throttle((event: any) => {
    if (!event || typeof event.loaded != 'number') return;
    const total = event.lengthComputable ? event.total : undefined;
    const loaded = Math.max(0, total != null ? Math.min(event.loaded, total) : event.loaded);
    const bytes = Math.max(0, loaded - notified);
    const elapsed = Date.now() - (started ||= Date.now());
    // Bytes per second since the first event, once a quarter second has gone:
    // earlier figures are noise.
    const rate = elapsed >= 250 ? Math.round((loaded * 1000) / elapsed) : 0;
    notified = Math.max(notified, loaded);
    listener({
      loaded,
      total,
      progress: total ? loaded / total : undefined,
      bytes,
      rate: rate || undefined,
      estimated: rate && total ? (total - loaded) / rate : undefined,
      event,
      lengthComputable: total != null,
      [download ? 'download' : 'upload']: true,
    });
  }, 3);
}
