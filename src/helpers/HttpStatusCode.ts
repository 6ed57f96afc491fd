import type { HttpStatusCode } from '../HttpStatusCode';

// HTTP status codes by name, and names by code (the first name of a code
// wins, as in axios). Stored as one compact string: a name is the previous
// code plus one unless it starts with its own three-digit code.
const LIST =
  '100Continue,SwitchingProtocols,Processing,EarlyHints,200Ok,Created,Accepted,NonAuthoritativeInformation,NoContent,ResetContent,PartialContent,MultiStatus,AlreadyReported,226ImUsed,300MultipleChoices,MovedPermanently,Found,SeeOther,NotModified,UseProxy,Unused,TemporaryRedirect,PermanentRedirect,400BadRequest,Unauthorized,PaymentRequired,Forbidden,NotFound,MethodNotAllowed,NotAcceptable,ProxyAuthenticationRequired,RequestTimeout,Conflict,Gone,LengthRequired,PreconditionFailed,PayloadTooLarge,413ContentTooLarge,UriTooLong,UnsupportedMediaType,RangeNotSatisfiable,ExpectationFailed,ImATeapot,421MisdirectedRequest,UnprocessableEntity,422UnprocessableContent,Locked,FailedDependency,TooEarly,UpgradeRequired,428PreconditionRequired,TooManyRequests,431RequestHeaderFieldsTooLarge,451UnavailableForLegalReasons,500InternalServerError,NotImplemented,BadGateway,ServiceUnavailable,GatewayTimeout,HttpVersionNotSupported,VariantAlsoNegotiates,InsufficientStorage,LoopDetected,510NotExtended,NetworkAuthenticationRequired,520WebServerReturnsAnUnknownError,WebServerIsDown,ConnectionTimedOut,OriginIsUnreachable,TimeoutOccurred,SslHandshakeFailed,InvalidSslCertificate';

/** The HttpStatusCode object: codes by name and names by code. */
export type HttpStatusCodes = typeof HttpStatusCode;

/** A new HttpStatusCode object, decoded from LIST. */
export function decodeStatusCodes(): HttpStatusCodes {
  const codes: any = {};
  let code = 0;
  for (const entry of LIST.split(',')) {
    // Numbers sort before letters: such an entry starts with its three-digit
    // code. (A RegExp here would cost about 0.2 ms of start-up to compile.)
    const numbered = entry < 'A';
    const name = numbered ? entry.slice(3) : entry;
    code = numbered ? +entry.slice(0, 3) : code + 1;
    codes[name] = code;
    codes[code] ??= name;
  }
  return codes;
}
