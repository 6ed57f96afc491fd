// HTTP status codes by name, and names by code (the first name of a code
// wins, as in axios). Stored as one compact string: a name is the previous
// code plus one unless it starts with its own three-digit code.
const LIST =
  '100Continue,SwitchingProtocols,Processing,EarlyHints,200Ok,Created,Accepted,NonAuthoritativeInformation,NoContent,ResetContent,PartialContent,MultiStatus,AlreadyReported,226ImUsed,300MultipleChoices,MovedPermanently,Found,SeeOther,NotModified,UseProxy,Unused,TemporaryRedirect,PermanentRedirect,400BadRequest,Unauthorized,PaymentRequired,Forbidden,NotFound,MethodNotAllowed,NotAcceptable,ProxyAuthenticationRequired,RequestTimeout,Conflict,Gone,LengthRequired,PreconditionFailed,PayloadTooLarge,413ContentTooLarge,UriTooLong,UnsupportedMediaType,RangeNotSatisfiable,ExpectationFailed,ImATeapot,421MisdirectedRequest,UnprocessableEntity,422UnprocessableContent,Locked,FailedDependency,TooEarly,UpgradeRequired,428PreconditionRequired,TooManyRequests,431RequestHeaderFieldsTooLarge,451UnavailableForLegalReasons,500InternalServerError,NotImplemented,BadGateway,ServiceUnavailable,GatewayTimeout,HttpVersionNotSupported,VariantAlsoNegotiates,InsufficientStorage,LoopDetected,510NotExtended,NetworkAuthenticationRequired,520WebServerReturnsAnUnknownError,WebServerIsDown,ConnectionTimedOut,OriginIsUnreachable,TimeoutOccurred,SslHandshakeFailed,InvalidSslCertificate';

declare enum StatusCodes {
  Continue = 100,
  SwitchingProtocols = 101,
  Processing = 102,
  EarlyHints = 103,
  Ok = 200,
  Created = 201,
  Accepted = 202,
  NonAuthoritativeInformation = 203,
  NoContent = 204,
  ResetContent = 205,
  PartialContent = 206,
  MultiStatus = 207,
  AlreadyReported = 208,
  ImUsed = 226,
  MultipleChoices = 300,
  MovedPermanently = 301,
  Found = 302,
  SeeOther = 303,
  NotModified = 304,
  UseProxy = 305,
  Unused = 306,
  TemporaryRedirect = 307,
  PermanentRedirect = 308,
  BadRequest = 400,
  Unauthorized = 401,
  PaymentRequired = 402,
  Forbidden = 403,
  NotFound = 404,
  MethodNotAllowed = 405,
  NotAcceptable = 406,
  ProxyAuthenticationRequired = 407,
  RequestTimeout = 408,
  Conflict = 409,
  Gone = 410,
  LengthRequired = 411,
  PreconditionFailed = 412,
  /** @deprecated Use `ContentTooLarge`. */ PayloadTooLarge = 413,
  ContentTooLarge = 413,
  UriTooLong = 414,
  UnsupportedMediaType = 415,
  RangeNotSatisfiable = 416,
  ExpectationFailed = 417,
  ImATeapot = 418,
  MisdirectedRequest = 421,
  /** @deprecated Use `UnprocessableContent`. */ UnprocessableEntity = 422,
  UnprocessableContent = 422,
  Locked = 423,
  FailedDependency = 424,
  TooEarly = 425,
  UpgradeRequired = 426,
  PreconditionRequired = 428,
  TooManyRequests = 429,
  RequestHeaderFieldsTooLarge = 431,
  UnavailableForLegalReasons = 451,
  InternalServerError = 500,
  NotImplemented = 501,
  BadGateway = 502,
  ServiceUnavailable = 503,
  GatewayTimeout = 504,
  HttpVersionNotSupported = 505,
  VariantAlsoNegotiates = 506,
  InsufficientStorage = 507,
  LoopDetected = 508,
  NotExtended = 510,
  NetworkAuthenticationRequired = 511,
  WebServerReturnsAnUnknownError = 520,
  WebServerIsDown = 521,
  ConnectionTimedOut = 522,
  OriginIsUnreachable = 523,
  TimeoutOccurred = 524,
  SslHandshakeFailed = 525,
  InvalidSslCertificate = 526,
}

export type HttpStatusCode = StatusCodes;
/** The HttpStatusCode object: codes by name and names by code. */
export type HttpStatusCodes = typeof StatusCodes;

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
