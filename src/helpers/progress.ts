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
 * Bytes per second over the last samples (a sliding window of `size`);
 * undefined until `warmUp` ms of samples exist, so the first figures are not noise.
 */
function speedometer(size = 50, warmUp = 250) {
  const times: number[] = [];
  const bytes: number[] = [];
  let first = 0;
  return (chunk: number): number | undefined => {
    const now = Date.now();
    first ||= now;
    times.push(now);
    bytes.push(chunk);
    if (times.length > size) {
      times.shift();
      bytes.shift();
    }
    const elapsed = now - times[0];
    if (now - first < warmUp || !elapsed) return;
    let sum = 0;
    for (let i = 1; i < bytes.length; i++) sum += bytes[i];
    return Math.round((sum * 1000) / elapsed);
  };
}

/**
 * Turn native progress events ({ loaded, total, lengthComputable }) into
 * AxiosProgressEvents for one listener, three a second at most, as axios does.
 */
export function progressReducer(listener: Listener, download?: boolean) {
  let notified = 0;
  const speed = speedometer();
  return throttle((event: any) => {
    if (!event || typeof event.loaded != 'number') return;
    const total = event.lengthComputable ? event.total : undefined;
    const loaded = Math.max(0, total != null ? Math.min(event.loaded, total) : event.loaded);
    const bytes = Math.max(0, loaded - notified);
    const rate = speed(bytes);
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
