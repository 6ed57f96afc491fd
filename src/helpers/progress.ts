import type { AxiosProgressEvent } from '../types';

type Listener = (event: AxiosProgressEvent) => void;

/**
 * Turn native progress events ({ loaded, total, lengthComputable }) into
 * AxiosProgressEvents for one listener, three a second at most, as axios
 * does: an event in between is kept and reported when the interval ends.
 * Returns [report throttled, report the kept event now, report now].
 */
export function progressReducer(listener: Listener, download?: boolean) {
  let notified = 0;
  let started = 0;
  let last = 0;
  let pending: any = null;
  let timer: any;
  const report = (event: any) => {
    last = Date.now();
    pending = null;
    clearTimeout(timer);
    timer = null;
    if (!event || typeof event.loaded != 'number') return;
    const total = event.lengthComputable ? event.total : undefined;
    const loaded = Math.max(0, total != null ? Math.min(event.loaded, total) : event.loaded);
    const bytes = Math.max(0, loaded - notified);
    const elapsed = Date.now() - (started ||= Date.now());
    // Bytes per second since the first event, once a quarter second has gone:
    // earlier figures are noise.
    const rate = elapsed >= 250 ? Math.round((loaded * 1000) / elapsed) : 0;
    notified = Math.max(notified, loaded);
    const progressEvent: AxiosProgressEvent = {
      loaded,
      total,
      progress: total ? loaded / total : undefined,
      bytes,
      rate: rate || undefined,
      estimated: rate && total ? (total - loaded) / rate : undefined,
      event,
      lengthComputable: total != null,
      [download ? 'download' : 'upload']: true,
    };
    // A listener that throws must not change how the request ends: its error
    // is reported on its own, as a throwing event listener's would be.
    try {
      listener(progressEvent);
    } catch (error) {
      setTimeout(() => {
        throw error;
      });
    }
  };
  const flush = () => pending && report(pending);
  return [
    (event: any) => {
      const wait = 1000 / 3 - (Date.now() - last);
      if (wait <= 0) return report(event);
      pending = event;
      timer ||= setTimeout(flush, wait);
    },
    flush,
    report,
  ] as const;
}
