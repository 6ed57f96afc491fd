import type { AxiosPromise, InternalAxiosRequestConfig } from '../types';
import { AxiosError } from '../core/AxiosError';
import { AxiosHeaders } from '../core/AxiosHeaders';
import { settle } from '../core/settle';
import { CanceledError } from '../cancel/CanceledError';
import { transitionalDefaults } from '../defaults/transitional';
import { progressReducer } from '../helpers/progress';
import { trimOWS } from '../helpers/trimOWS';
import { isValidURL } from '../helpers/isValidURL';
import { tagOf } from '../helpers/object';
import { resolveConfig } from './resolveConfig';

/** A header value as the bytes XMLHttpRequest accepts: Latin-1 without controls. */
export const toByteString = (value: any): any =>
  Array.isArray(value) ? value.map(toByteString) : trimOWS(String(value).replace(/[^\t\x20-\x7e\x80-\xff]+/g, ''));

/** A listener that throws must not stop the request from settling: report it on its own. */
const safely = (fn?: () => void) => {
  try {
    fn && fn();
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
};

const isFileURL = (url: string) => /^\s*file:/i.test(url);

export const xhrAdapter =
  typeof XMLHttpRequest != 'undefined' &&
  function xhr(config: InternalAxiosRequestConfig): AxiosPromise {
    return new Promise((resolve, reject) => {
      const resolved = resolveConfig(config);
      const { url, responseType, onUploadProgress, onDownloadProgress, cancelToken, signal } = resolved;
      const headers: AxiosHeaders = resolved.headers.normalize();
      const data = resolved.data;
      if (tagOf(data) == 'ReadableStream') {
        return reject(new AxiosError('XMLHttpRequest cannot send a ReadableStream body: use the fetch adapter', 'ERR_NOT_SUPPORT', config));
      }
      const xhr = new XMLHttpRequest();
      let request: XMLHttpRequest | null = xhr;
      let upload: ReturnType<typeof progressReducer> | undefined;
      let download: ReturnType<typeof progressReducer> | undefined;

      // Every way the request ends comes here once: settle, then remove every
      // listener this request added, so nothing outlives it.
      const finish = (outcome: () => void, abort?: boolean) => {
        if (!request) return;
        request = null;
        outcome();
        upload && safely(upload[1]);
        download && safely(download[1]);
        upload && xhr.upload.removeEventListener('progress', upload[0]);
        upload && xhr.upload.removeEventListener('loadend', upload[1]);
        download && xhr.removeEventListener('progress', download[0]);
        cancelToken && cancelToken.unsubscribe(onCanceled);
        signal && signal.removeEventListener && signal.removeEventListener('abort', onCanceled);
        abort && xhr.abort();
      };
      const fail = (message: string, code: string) => () => reject(new AxiosError(message, code, config, xhr));

      xhr.onloadend = (event) => {
        if (!request) return;
        // Status 0 with no error event: Firefox ends a request cancelled by a
        // navigation this way. file: URLs legitimately report status 0.
        const fileRequest =
          isFileURL(xhr.responseURL || url) ||
          (typeof location != 'undefined' && location.protocol == 'file:' && !/^[a-z][\w+.-]*:/i.test(url));
        if (!xhr.status && !fileRequest) return finish(fail('Request aborted', 'ECONNABORTED'));
        // The last progress event, at 100%, before the promise settles.
        download && safely(() => download![2](event));
        // That listener may have cancelled the request.
        if (!request) return;
        finish(() =>
          settle(resolve, reject, {
            data: !responseType || responseType == 'text' || responseType == 'json' ? xhr.responseText : xhr.response,
            status: xhr.status,
            statusText: xhr.statusText,
            headers: AxiosHeaders.from(xhr.getAllResponseHeaders()),
            config,
            request: xhr,
          })
        );
      };
      xhr.onabort = () => finish(fail('Request aborted', 'ECONNABORTED'));
      xhr.onerror = (event) =>
        finish(() => {
          const error = new AxiosError((event && (event as any).message) || 'Network Error', 'ERR_NETWORK', config, xhr);
          error.event = event || null;
          reject(error);
        });
      xhr.ontimeout = () => {
        const transitional = resolved.transitional || transitionalDefaults;
        finish(
          fail(
            resolved.timeoutErrorMessage ||
              (resolved.timeout ? 'timeout of ' + resolved.timeout + 'ms exceeded' : 'timeout exceeded'),
            transitional.clarifyTimeoutError ? 'ETIMEDOUT' : 'ECONNABORTED'
          )
        );
      };

      const onCanceled = (reason?: any) =>
        finish(() => reject(!reason || reason.type ? new CanceledError(null, config, xhr) : reason), true);

      try {
        xhr.open(resolved.method.toUpperCase(), url, true);
        xhr.timeout = resolved.timeout;
        data === undefined && headers.setContentType(null);
        if (resolved.withCredentials !== undefined) xhr.withCredentials = !!resolved.withCredentials;
        if (responseType && responseType != 'json') xhr.responseType = responseType;
        for (const [name, value] of Object.entries(headers.toJSON())) xhr.setRequestHeader(name, toByteString(value));
      } catch (error) {
        // open() refuses a malformed URL or method; setRequestHeader a malformed header name.
        const code = isValidURL(url) ? 'ERR_BAD_OPTION_VALUE' : 'ERR_INVALID_URL';
        return finish(() => reject(AxiosError.from(error, code, config, xhr)));
      }

      if (onDownloadProgress) {
        download = progressReducer(onDownloadProgress, true);
        xhr.addEventListener('progress', download[0]);
      }
      // Upload listeners make a cross-origin request preflighted: add them only when asked.
      if (onUploadProgress && xhr.upload) {
        upload = progressReducer(onUploadProgress);
        xhr.upload.addEventListener('progress', upload[0]);
        xhr.upload.addEventListener('loadend', upload[1]);
      }
      if (cancelToken || signal) {
        cancelToken && cancelToken.subscribe(onCanceled);
        signal && (signal.aborted ? onCanceled() : signal.addEventListener && signal.addEventListener('abort', onCanceled));
        if (!request) return;
      }
      xhr.send(data || null);
    });
  };
