import type { AxiosResponse, InternalAxiosRequestConfig } from '../types';
import { AxiosError, defineValue } from '../core/AxiosError';
import { AxiosHeaders } from '../core/AxiosHeaders';
import { settle } from '../core/settle';
import { CanceledError } from '../cancel/CanceledError';
import { transitionalDefaults } from '../defaults/transitional';
import { progressReducer } from '../helpers/progress';
import { isValidURL } from '../helpers/isValidURL';
import { isFunction, safeGet, tagOf } from '../helpers/object';
import { resolveConfig, utf8 } from './resolveConfig';
import { toByteString } from './xhr';

type Env = { fetch: typeof fetch; Request?: typeof Request; Response: typeof Response };

// Options the adapter sets itself; the same names in fetchOptions are ignored.
const OWNED = ['body', 'headers', 'method', 'signal', 'duplex', 'credentials'];

const RESPONSE_READERS: Record<string, 'arrayBuffer' | 'blob' | 'formData'> = {
  arraybuffer: 'arrayBuffer',
  blob: 'blob',
  formdata: 'formData',
};

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const isStream = (body: any) => tagOf(body) == 'ReadableStream';

/**
 * Browsers cannot stream a request body over HTTP/1.1 (Chromium refuses,
 * Firefox has no request streams), so there a stream body is read into a
 * Blob first and upload progress is one final event. Node, Deno and Bun
 * stream request bodies and report upload progress as they go.
 */
const canStreamRequests = (RequestClass?: typeof Request): boolean => {
  if (!RequestClass || typeof ReadableStream != 'function') return false;
  if (typeof navigator != 'undefined' && /Mozilla/.test(navigator.userAgent)) return false;
  try {
    let asked = false;
    const body = new ReadableStream();
    const init: any = { body, method: 'POST', get duplex() {
      asked = true;
      return 'half';
    } };
    const typed = new RequestClass('http://localhost/', init).headers.has('Content-Type');
    body.cancel();
    return asked && !typed;
  } catch {
    return false;
  }
};

/** The byte length of a body whose size is known without reading it. */
const sizeOf = (body: any): number | undefined => {
  if (body == null) return 0;
  if (isFunction(body.arrayBuffer) && typeof body.size == 'number') return body.size;
  if (typeof body.byteLength == 'number') return body.byteLength;
  if (tagOf(body) == 'URLSearchParams') body = String(body);
  if (typeof body == 'string') return new TextEncoder().encode(body).byteLength;
};

/**
 * A copy of `stream` that reports the bytes read so far to onChunk (which
 * may throw to stop it) and calls onEnd once, however it ends.
 */
function track(stream: ReadableStream<Uint8Array>, onChunk: (loaded: number) => void, onEnd: (error?: any) => void) {
  const reader = stream.getReader();
  let loaded = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          onEnd();
          return controller.close();
        }
        onChunk((loaded += value.byteLength));
        controller.enqueue(value);
      } catch (error) {
        onEnd(error);
        reader.cancel(error).catch(() => {});
        throw error;
      }
    },
    cancel(reason) {
      onEnd(reason);
      return reader.cancel(reason);
    },
  });
}

/** Read a stream into a Blob, refusing more than `limit` bytes before they are all held. */
async function readAll(stream: ReadableStream<Uint8Array>, limit: number, tooLarge: () => AxiosError) {
  const chunks: BlobPart[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (let chunk; !(chunk = await reader.read()).done; ) {
    if (limit > -1 && (size += chunk.value.byteLength) > limit) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(chunk.value as BlobPart);
  }
  return new Blob(chunks);
}

const requestStreamsCache = new Map<unknown, boolean>();

function fetchRequest(config: InternalAxiosRequestConfig, env: Env): Promise<AxiosResponse> {
  const resolved = resolveConfig(config);
  const { signal, cancelToken, timeout, onDownloadProgress, onUploadProgress, fetchOptions } = resolved;
  const headers: AxiosHeaders = resolved.headers;
  const method = resolved.method;
  const maxBodyLength = typeof resolved.maxBodyLength == 'number' ? resolved.maxBodyLength : -1;
  const maxContentLength = typeof resolved.maxContentLength == 'number' ? resolved.maxContentLength : -1;
  const responseType = resolved.responseType ? String(resolved.responseType).toLowerCase() : 'text';
  const transitional = resolved.transitional || transitionalDefaults;
  const RequestClass = env.Request;
  let url: string = resolved.url;
  let body = resolved.data;
  let request: Request | undefined;
  // An error raised while a body streams: fetch may report it as a bare TypeError.
  let streamError: AxiosError | undefined;

  // One AbortSignal for the user's signal, the CancelToken and the timeout;
  // cleanUp() detaches all three once the request (and its body) is done.
  const controller = new AbortController();
  let timer: any;
  let cleaned = false;
  const cleanUp = () => {
    if (cleaned) return;
    cleaned = true;
    clearTimeout(timer);
    signal && signal.removeEventListener && signal.removeEventListener('abort', onSignal);
    cancelToken && cancelToken.unsubscribe(onToken);
  };
  const abortWith = (reason: any) => {
    cleanUp();
    controller.abort(reason);
  };
  const onSignal = () => abortWith(new CanceledError(null, config, request));
  const onToken = (reason: any) => abortWith(reason);
  // fetch() and body reads fail with an engine-worded TypeError when the
  // network does (refused, reset, cut mid-body, blocked by CORS).
  const network = <T>(promise: Promise<T>) =>
    promise.catch((error) => {
      throw controller.signal.aborted || streamError
        ? error
        : AxiosError.from(error, 'ERR_NETWORK', config, request, undefined, { message: 'Network Error', name: 'AxiosError' });
    });
  const tooLarge = (message: string, code: string) => () => (streamError = new AxiosError(message, code, config, request));
  const bodyTooLarge = tooLarge('Request body larger than maxBodyLength limit', 'ERR_BAD_REQUEST');
  const contentTooLarge = tooLarge('maxContentLength size of ' + maxContentLength + ' exceeded', 'ERR_BAD_RESPONSE');

  const run = async (): Promise<AxiosResponse> => {
    let uploaded: (() => void) | undefined;
    cancelToken && cancelToken.subscribe(onToken);
    signal && (signal.aborted ? onSignal() : signal.addEventListener && signal.addEventListener('abort', onSignal));
    if (timeout) {
      timer = setTimeout(() => {
        const message = resolved.timeoutErrorMessage || 'timeout of ' + timeout + 'ms exceeded';
        abortWith(new AxiosError(message, transitional.clarifyTimeoutError ? 'ETIMEDOUT' : 'ECONNABORTED', config, request));
      }, timeout);
    }

    // fetch refuses URLs with credentials: send them as Basic auth instead.
    if (/^[^?#]*@/.test(url) && isValidURL(url)) {
      const parsed = new URL(url, typeof location != 'undefined' ? location.href : undefined);
      if (parsed.username || parsed.password) {
        resolved.auth ||
          headers.set('Authorization', 'Basic ' + btoa(utf8(decode(parsed.username) + ':' + decode(parsed.password))));
        parsed.username = parsed.password = '';
        url = parsed.href;
      }
    }

    const hasBody = method != 'get' && method != 'head';
    let streamsRequests = requestStreamsCache.get(RequestClass);
    streamsRequests ?? requestStreamsCache.set(RequestClass, (streamsRequests = canStreamRequests(RequestClass)));
    if (hasBody && body != null) {
      // A FormData's size is known once it is encoded; the Content-Type then carries its boundary.
      if (tagOf(body) == 'FormData' && (maxBodyLength > -1 || onUploadProgress) && RequestClass) {
        const encoded = new RequestClass('http://localhost/', { method: 'POST', body });
        headers.setContentType(encoded.headers.get('content-type'));
        body = await encoded.blob();
      }
      if (isStream(body) && !streamsRequests) body = await readAll(body, maxBodyLength, bodyTooLarge);
      const size = sizeOf(body);
      if (maxBodyLength > -1 && size! > maxBodyLength) throw bodyTooLarge();
      if (streamsRequests && (onUploadProgress || (isStream(body) && maxBodyLength > -1))) {
        const upload = onUploadProgress && progressReducer(onUploadProgress);
        const source = isStream(body) ? body : new RequestClass!('http://localhost/', { method: 'POST', body }).body!;
        body = track(
          source,
          (loaded) => {
            if (maxBodyLength > -1 && loaded > maxBodyLength) throw bodyTooLarge();
            upload && upload[0]({ loaded, total: size, lengthComputable: size != null });
          },
          (error) => upload && !error && upload[1]()
        );
      } else if (onUploadProgress) {
        // No request streams here: the body is sent whole, reported once it has gone.
        const upload = progressReducer(onUploadProgress);
        uploaded = () => upload[2]({ loaded: size, total: size, lengthComputable: size != null });
      }
    }

    const init = Object.assign(Object.create(null), fetchOptions);
    for (const key of OWNED) delete init[key];
    const passed = fetchOptions == null ? fetchOptions : Object.assign(Object.create(null), init);
    const requestHeaders: Record<string, string> = Object.create(null);
    for (const [name, value] of Object.entries(headers.normalize().toJSON())) requestHeaders[name] = toByteString(value);
    Object.assign(init, {
      signal: controller.signal,
      method: method.toUpperCase(),
      headers: requestHeaders,
      body: hasBody ? body : undefined,
      credentials: resolved.withCredentials ? 'include' : 'same-origin',
    });
    if (isStream(body)) init.duplex = 'half';
    try {
      request = RequestClass && new RequestClass(url, init);
    } catch (error) {
      throw AxiosError.from(error, isValidURL(url) ? 'ERR_BAD_OPTION_VALUE' : 'ERR_INVALID_URL', config);
    }

    // Called unbound: window.fetch refuses any other `this` (Illegal invocation).
    const fetchFn = env.fetch;
    const response = await network(request ? fetchFn(request, passed) : fetchFn(url, init));
    uploaded && uploaded();
    const responseHeaders = AxiosHeaders.from(response.headers as any);
    const length: any = responseHeaders.getContentLength();
    const total = length == null || length === '' || !isFinite(+length) ? undefined : +length;
    if (maxContentLength > -1 && total! > maxContentLength) throw contentTooLarge();

    // Every chunk is counted against maxContentLength and reported as
    // progress; the end gives the last event, at 100%.
    const download = onDownloadProgress && progressReducer(onDownloadProgress, true);
    let received = 0;
    const onChunk = (loaded: number) => {
      received = loaded;
      if (maxContentLength > -1 && loaded > maxContentLength) throw contentTooLarge();
      download && download[0]({ loaded, total, lengthComputable: total != null });
    };
    const onEnd = () => download && download[2]({ loaded: received, total, lengthComputable: total != null });
    const watched = response.body && (onDownloadProgress || maxContentLength > -1);

    let data: any = response.body;
    if (responseType == 'stream') {
      // A body left to the caller is watched until it ends; no body, nothing to watch.
      data && (watched || timer || signal || cancelToken)
        ? (data = track(data, onChunk, (error) => (error || onEnd(), cleanUp())))
        : cleanUp();
    } else {
      let source: Response = response;
      if (watched) {
        // Read here rather than through a Response over a counting stream:
        // Firefox reports an error raised inside such a stream as a page error.
        const reader = response.body!.getReader();
        const chunks: BlobPart[] = [];
        for (let chunk; !(chunk = await network(reader.read())).done; ) {
          try {
            onChunk(received + chunk.value.byteLength);
          } catch (error) {
            reader.cancel().catch(() => {});
            throw error;
          }
          chunks.push(chunk.value as BlobPart);
        }
        onEnd();
        source = new env.Response(new Blob(chunks), { headers: response.headers });
      }
      data =
        responseType == 'document' && typeof DOMParser != 'undefined'
          ? new DOMParser().parseFromString(
              await network(source.text()),
              /xml/i.test(String(responseHeaders.getContentType() || '')) ? 'application/xml' : 'text/html'
            )
          : await network<unknown>(source[RESPONSE_READERS[responseType] || 'text']());
      cleanUp();
    }
    return new Promise((resolve, reject) =>
      settle(resolve, reject, {
        data,
        headers: responseHeaders,
        status: response.status,
        statusText: response.statusText,
        config,
        request,
      })
    );
  };

  return run().catch((error) => {
    cleanUp();
    const reason = controller.signal.aborted && controller.signal.reason;
    const known = reason instanceof AxiosError ? reason : streamError || (error instanceof AxiosError && error);
    if (known) {
      known.request ||= request;
      known !== error && !known.cause && defineValue(known, 'cause', error);
      throw known;
    }
    throw AxiosError.from(error, error && error.code, config, request);
  });
}

/** The fetch adapter for a config's env (env.fetch, env.Request, env.Response), or false where there is no fetch. */
export function getFetch(config?: any) {
  const env = safeGet(config, 'env');
  const fetchFn = safeGet(env, 'fetch') || (typeof fetch == 'function' && fetch);
  if (!isFunction(fetchFn)) return false;
  const globals: any = globalThis;
  const adapter = (requestConfig: InternalAxiosRequestConfig) =>
    fetchRequest(requestConfig, {
      fetch: fetchFn,
      Request: safeGet(env, 'Request') || globals.Request,
      Response: safeGet(env, 'Response') || globals.Response,
    });
  // Named like the other adapters (axios leaves this one anonymous).
  defineValue(adapter, 'name', 'fetch');
  defineValue(adapter, 'adapterName', 'fetch');
  return adapter;
}
