import type { AxiosResponse, InternalAxiosRequestConfig } from '../types';
import { AxiosError } from '../core/AxiosError';
import { AxiosHeaders } from '../core/AxiosHeaders';
import { settle } from '../core/settle';
import { withLazyHeaders } from '../core/lazyHeaders';
import { progressReducer } from '../helpers/progress';
import { parseURL } from '../helpers/parseURL';
import { decodeComponent } from '../helpers/decodeComponent';
import { defineValue, isFormData, isFunction, isString, nullObject, safeGet, tagOf } from '../helpers/object';
import { resolveConfig, utf8 } from './resolveConfig';
import { named, wireHeaders } from './shared';
import { onCancel, timeoutError } from './cancellation';

type Env = { fetch: typeof fetch; Request?: typeof Request; Response: typeof Response };

const isStream = (body: any) => tagOf(body) == 'ReadableStream';

/**
 * Read a stream into a Blob; onChunk sees the bytes read so far and may
 * throw to stop reading (a size limit) before the rest is held.
 */
async function collect(stream: ReadableStream<Uint8Array>, onChunk: (loaded: number) => void, read = (p: Promise<any>) => p) {
  const reader = stream.getReader();
  const chunks: BlobPart[] = [];
  let loaded = 0;
  for (let chunk; !(chunk = await read(reader.read())).done; ) {
    try {
      onChunk((loaded += chunk.value.byteLength));
    } catch (error) {
      reader.cancel().catch(() => {});
      throw error;
    }
    chunks.push(chunk.value);
  }
  return new Blob(chunks);
}

/** A copy of `stream` that reports the bytes read so far to onChunk (which may throw) and calls onEnd once, however it ends. */
function track(stream: ReadableStream<Uint8Array>, onChunk: (loaded: number) => void, onEnd: (error?: any) => void) {
  const reader = stream.getReader();
  let loaded = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) return onEnd(), controller.close();
        onChunk((loaded += value.byteLength));
        controller.enqueue(value);
      } catch (error) {
        onEnd(error);
        reader.cancel(error).catch(() => {});
        throw error;
      }
    },
    cancel: (reason) => (onEnd(reason), reader.cancel(reason)),
  });
}

async function fetchRequest(config: InternalAxiosRequestConfig, env: Env): Promise<AxiosResponse> {
  const resolved = resolveConfig(config);
  const { signal, cancelToken, timeout, onDownloadProgress, onUploadProgress, fetchOptions, method, headers } = resolved;
  const maxBodyLength = typeof resolved.maxBodyLength == 'number' ? resolved.maxBodyLength : -1;
  const maxContentLength = typeof resolved.maxContentLength == 'number' ? resolved.maxContentLength : -1;
  const responseType = String(resolved.responseType || 'text').toLowerCase();
  const RequestClass = env.Request;
  let { url, data: body } = resolved;
  let request: Request | undefined;
  // Download progress, whose last throttled event is flushed however the request ends.
  let download: ReturnType<typeof progressReducer> | undefined;
  // An error raised while a body streams: fetch may report it as a bare TypeError.
  let streamError: AxiosError | undefined;
  // Set once the response is complete: what settle rejects with (a refused
  // status, or what validateStatus threw) reaches the caller as it is.
  let settling = false;

  // One AbortSignal for the caller's signal, the CancelToken and the timeout;
  // cleanUp() detaches all three once the request (and its body) is done.
  const controller = new AbortController();
  let timer: any;
  let unsubscribe: (() => void) | undefined;
  const cleanUp = () => (clearTimeout(timer), unsubscribe && unsubscribe());
  const abortWith = (reason: any) => (cleanUp(), controller.abort(reason), reason);
  // fetch() and body reads fail with an engine-worded TypeError when the
  // network does (refused, reset, cut mid-body, blocked by CORS).
  const network = <T>(promise: Promise<T>) =>
    promise.catch((error) => {
      throw controller.signal.aborted || streamError
        ? error
        : AxiosError.from(error, 'ERR_NETWORK', config, request, undefined, { message: 'Network Error', name: 'AxiosError' });
    });
  // Past a limit the request is aborted too: workerd (Cloudflare Workers) ends
  // a request body whose stream failed as if it were complete, and sends it.
  const limit = (max: number, message: string, code: string) => (loaded?: number) => {
    if (max > -1 && loaded! > max) throw abortWith((streamError = new AxiosError(message, code, config, request)));
  };
  const checkBody = limit(maxBodyLength, 'Request body larger than maxBodyLength limit', 'ERR_BAD_REQUEST');
  const checkContent = limit(maxContentLength, 'maxContentLength size of ' + maxContentLength + ' exceeded', 'ERR_BAD_RESPONSE');

  try {
    unsubscribe = onCancel(resolved, config, () => request, abortWith);
    // Cancelled before it started: detach what was attached since.
    controller.signal.aborted && cleanUp();
    if (timeout) timer = setTimeout(() => abortWith(timeoutError(resolved, config, request)), timeout);

    // fetch refuses URLs with credentials: send them as Basic auth instead.
    const parsed = /^[^?#]*@/.test(url) && parseURL(url);
    if (parsed && (parsed.username || parsed.password)) {
      resolved.auth || headers.set('Authorization', 'Basic ' + btoa(utf8(decodeComponent(parsed.username) + ':' + decodeComponent(parsed.password))));
      parsed.username = parsed.password = '';
      url = parsed.href;
    }

    // Browsers cannot stream a request body over HTTP/1.1 (Chromium refuses,
    // Firefox has no request streams): there a stream body is read into a
    // Blob first, and upload progress is one event once the body has gone.
    // Node, Deno and Bun stream it and report progress as it goes.
    const streamsRequests = RequestClass && !/Mozilla/.test(globalThis.navigator?.userAgent);
    const hasBody = method != 'get' && method != 'head' && body != null;
    const measured = hasBody && (maxBodyLength > -1 || onUploadProgress);
    let uploaded: (() => void) | undefined;
    // A FormData's size is known once it is encoded; its Content-Type then carries the boundary.
    // Init dictionaries here are null-prototype: fetch, Request and Response
    // read inherited members too (a polluted Object.prototype.headers, say).
    if (measured && isFormData(body) && RequestClass) {
      const encoded = new RequestClass('http://localhost/', nullObject({ method: 'POST', body }));
      headers.setContentType(encoded.headers.get('content-type'));
      body = await encoded.blob();
    }
    if (isStream(body) && !streamsRequests) body = await collect(body, checkBody);
    if (measured) {
      const size = isStream(body) ? undefined : new Blob([tagOf(body) == 'URLSearchParams' ? String(body) : body]).size;
      checkBody(size);
      const upload = onUploadProgress && progressReducer(onUploadProgress);
      if (streamsRequests && (upload || isStream(body))) {
        body = track(
          isStream(body) ? body : new RequestClass!('http://localhost/', nullObject({ method: 'POST', body })).body!,
          (loaded) => (checkBody(loaded), upload && upload[0]({ loaded, total: size, lengthComputable: size != null })),
          (error) => error || (upload && upload[1]())
        );
      } else {
        uploaded = () => upload && upload[2]({ loaded: size, total: size, lengthComputable: size != null });
      }
    }

    // Options the adapter sets itself win over the same names in fetchOptions.
    const passed = fetchOptions == null ? fetchOptions : nullObject(fetchOptions);
    const init = nullObject({
      ...passed,
      signal: controller.signal,
      method: method.toUpperCase(),
      // Null-prototype: a polluted Object.prototype[Symbol.iterator] would make
      // a plain object look like a list of pairs to the Headers constructor.
      headers: nullObject(Object.fromEntries(wireHeaders(headers))),
      body: hasBody ? body : undefined,
      duplex: isStream(body) ? 'half' : undefined,
      // A string is a fetch credentials mode ('omit', 'include'), passed through as axios does.
      credentials: isString(resolved.withCredentials) ? resolved.withCredentials : resolved.withCredentials ? 'include' : 'same-origin',
    });
    passed && ['body', 'headers', 'method', 'signal', 'duplex', 'credentials'].forEach((key) => delete passed[key]);
    try {
      request = RequestClass && new RequestClass(url, init);
    } catch (error) {
      throw AxiosError.from(error, parseURL(url) ? 'ERR_BAD_OPTION_VALUE' : 'ERR_INVALID_URL', config);
    }

    // Called unbound: window.fetch refuses any other `this` (Illegal invocation).
    const fetchFn = env.fetch;
    const response = await network(request ? fetchFn(request, passed) : fetchFn(url, init));
    uploaded && uploaded();
    // The headers are parsed only if read, as with XMLHttpRequest: a Response's cannot change.
    const length: any = response.headers.get('content-length');
    const total = /^\d+$/.test(length) ? +length : undefined;
    checkContent(total);

    // Each chunk is counted against maxContentLength and reported as
    // progress; the end gives the last event, at 100%.
    download = onDownloadProgress && progressReducer(onDownloadProgress, true);
    const progress = (step: 0 | 2) => (loaded: number) => (checkContent(loaded), download && download[step]({ loaded, total, lengthComputable: total != null }));
    const watched = response.body && (onDownloadProgress || maxContentLength > -1);
    let data: any = response.body;
    if (responseType == 'stream') {
      // A body left to the caller is watched until it ends; no body, nothing to watch.
      let received = 0;
      data && (watched || timer || signal || cancelToken)
        ? (data = track(data, (loaded) => progress(0)((received = loaded)), (error) => (error ? download && download[1]() : progress(2)(received), cleanUp())))
        : cleanUp();
    } else {
      let source: Response = response;
      if (watched) {
        // Read here rather than through a Response over a counting stream:
        // Firefox reports an error raised inside such a stream as a page error.
        const blob = await collect(response.body!, progress(0), network);
        progress(2)(blob.size);
        source = new env.Response(blob, nullObject({ headers: response.headers }));
      }
      const contentType = response.headers.get('content-type');
      const binary = ({ arraybuffer: 'arrayBuffer', blob: 'blob' } as any)[responseType];
      data =
        responseType == 'formdata'
          ? // A body that does not parse as a form is a bad response, not a network failure.
            await source.formData().catch((error) => {
              throw AxiosError.from(error, 'ERR_BAD_RESPONSE', config, request);
            })
          : await network<unknown>(binary ? (source as any)[binary]() : readText(source, contentType));
      if (responseType == 'document' && globalThis.DOMParser) data = parseDocument(data, contentType, config, request);
      cleanUp();
    }
    settling = true;
    return await new Promise((resolve, reject) =>
      settle(resolve, reject, withLazyHeaders(data, response.status, response.statusText, config, request, response.headers))
    );
  } catch (error: any) {
    cleanUp();
    download && download[1]();
    if (settling) throw error;
    const reason = controller.signal.aborted && controller.signal.reason;
    const known = reason instanceof AxiosError ? reason : streamError || (error instanceof AxiosError && error);
    if (!known) throw AxiosError.from(error, error && error.code, config, request);
    known.request ||= request;
    known !== error && !known.cause && defineValue(known, 'cause', error);
    throw known;
  }
}

/**
 * The body as text, decoded as XMLHttpRequest decodes it (Response.text()
 * knows only UTF-8): by its byte order mark if it has one, else by the
 * charset the Content-Type names; UTF-8 when it names none, or one this
 * runtime's TextDecoder does not know.
 */
function readText(response: Response, contentType: unknown): Promise<string> {
  // Test environments without a TextDecoder (Jest's jsdom) can still read UTF-8.
  return globalThis.TextDecoder
    ? response.arrayBuffer().then((buffer) => {
        const [a, b, c] = new Uint8Array(buffer);
        const bom =
          a == 0xef && b == 0xbb && c == 0xbf ? 'utf-8' : a == 0xfe && b == 0xff ? 'utf-16be' : a == 0xff && b == 0xfe ? 'utf-16le' : 0;
        let decoder: TextDecoder;
        try {
          decoder = new TextDecoder(bom || AxiosHeaders.parseParameters(contentType as string).charset);
        } catch {
          decoder = new TextDecoder();
        }
        return decoder.decode(buffer);
      })
    : response.text();
}

/**
 * The text as a document, as XMLHttpRequest gives one: XML or HTML as the
 * Content-Type says, and null for any other type. A page that enforces
 * Trusted Types lets a string become a document only through its default
 * policy; without one, the browser refuses, and so does the request.
 */
function parseDocument(text: string, contentType: unknown, config: any, request: any): Document | null {
  const type = /xml/i.test(contentType as string) ? 'application/xml' : /html/i.test(contentType as string) && 'text/html';
  try {
    return type ? new DOMParser().parseFromString(text, type) : null;
  } catch (error) {
    throw AxiosError.from(error, 'ERR_NOT_SUPPORT', config, request);
  }
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
  return named(adapter, 'fetch');
}
