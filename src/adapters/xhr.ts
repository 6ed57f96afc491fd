import type { AxiosPromise, InternalAxiosRequestConfig } from '../types';
import { AxiosError } from '../core/AxiosError';
import { settle } from '../core/settle';
import { withLazyHeaders } from '../core/lazyHeaders';
import { progressReducer } from '../helpers/progress';
import { parseURL } from '../helpers/parseURL';
import { tagOf } from '../helpers/object';
import { resolveConfig } from './resolveConfig';
import { onCancel, timeoutError } from './cancellation';
import { named, wireHeaders } from './shared';

export const xhrAdapter = named(function xhr(config: InternalAxiosRequestConfig): AxiosPromise {
  return new Promise((resolve, reject) => {
    const resolved = resolveConfig(config);
    const { url, headers, responseType, onUploadProgress, onDownloadProgress, data } = resolved;
    if (tagOf(data) == 'ReadableStream') {
      return reject(new AxiosError('XMLHttpRequest cannot send a ReadableStream body: use the fetch adapter', 'ERR_NOT_SUPPORT', config));
    }
    const xhr = new XMLHttpRequest();
    const upload = onUploadProgress && xhr.upload && progressReducer(onUploadProgress);
    const download = onDownloadProgress && progressReducer(onDownloadProgress, true);
    let pending = true;
    let unsubscribe: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;

    // Adds or removes this request's progress listeners.
    const listen = (method: 'addEventListener' | 'removeEventListener') => {
      download && xhr[method]('progress', download[0]);
      upload && (xhr.upload[method]('progress', upload[0]), xhr.upload[method]('loadend', upload[1]));
    };
    // Every way the request ends comes here once: settle, then remove every
    // listener this request added, so nothing outlives it.
    const finish = (error?: any, response?: any, abort?: boolean) => {
      if (!pending) return;
      pending = false;
      clearTimeout(timer);
      response ? settle(resolve, reject, response) : reject(error);
      upload && upload[1]();
      download && download[1]();
      listen('removeEventListener');
      unsubscribe && unsubscribe();
      abort && xhr.abort();
    };
    const aborted = () => finish(new AxiosError('Request aborted', 'ECONNABORTED', config, xhr));

    xhr.onloadend = (event) => {
      // Status 0 with no error event: Firefox ends a request cancelled by a
      // navigation this way. file: URLs legitimately report status 0.
      if (!xhr.status && !/^file:/i.test(xhr.responseURL || String(parseURL(url)))) return aborted();
      // The last progress event, at 100%, before the promise settles; its
      // listener may cancel the request, which then wins.
      pending && download && download[2](event);
      const response = withLazyHeaders(
        !responseType || responseType == 'text' || responseType == 'json' ? xhr.responseText : xhr.response,
        xhr.status,
        xhr.statusText,
        config,
        xhr,
        xhr.getAllResponseHeaders()
      );
      finish(0, response);
    };
    xhr.onabort = aborted;
    xhr.onerror = (event) => {
      const error = new AxiosError((event && (event as any).message) || 'Network Error', 'ERR_NETWORK', config, xhr);
      error.event = event || null;
      finish(error);
    };
    xhr.ontimeout = () => finish(timeoutError(resolved, config, xhr));

    try {
      xhr.open(resolved.method.toUpperCase(), url, true);
      // happy-dom's XMLHttpRequest, used in test suites, has no timeout: a timer stands in for it there.
      if (resolved.timeout && !('timeout' in xhr)) {
        timer = setTimeout(() => finish(timeoutError(resolved, config, xhr), 0, true), resolved.timeout);
      }
      xhr.timeout = resolved.timeout;
      data === undefined && headers.setContentType(null);
      if (resolved.withCredentials !== undefined) xhr.withCredentials = !!resolved.withCredentials;
      if (responseType && responseType != 'json') xhr.responseType = responseType;
      for (const [name, value] of wireHeaders(headers)) xhr.setRequestHeader(name, value);
      // Upload listeners make a cross-origin request preflighted: there are some only when asked.
      listen('addEventListener');
      unsubscribe = onCancel(resolved, config, () => xhr, (reason) => finish(reason, 0, true));
      // Already cancelled (a token cancelled before): detach what was attached since.
      pending ? xhr.send(data ?? null) : unsubscribe();
    } catch (error) {
      // open() refuses a malformed URL or method; setRequestHeader a malformed
      // header name; send() a body it cannot read as text (a Symbol).
      finish(AxiosError.from(error, parseURL(url) ? 'ERR_BAD_OPTION_VALUE' : 'ERR_INVALID_URL', config, xhr));
    }
  });
}, 'xhr');
