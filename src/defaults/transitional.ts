import type { TransitionalOptions } from '../types';

/** Switches for behaviour that changed, or may change, between axios versions. */
export const transitionalDefaults: Required<TransitionalOptions> = {
  silentJSONParsing: true,
  forcedJSONParsing: true,
  clarifyTimeoutError: false,
  legacyInterceptorReqResOrdering: true,
  advertiseZstdAcceptEncoding: false,
  validateStatusUndefinedResolves: true,
  encodeBasicAuthUsername: false,
};
