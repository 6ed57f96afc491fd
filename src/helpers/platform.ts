let standardBrowserEnv: boolean | undefined;

/**
 * A page with a DOM (not a worker, not React Native): where cookies and XSRF
 * apply. Worked out at the first request, not when the library loads: reading
 * navigator then would make the page build its Navigator object (about 16 KB
 * of heap) for nothing.
 */
export const hasStandardBrowserEnv = (): boolean =>
  (standardBrowserEnv ??=
    typeof window != 'undefined' &&
    typeof document != 'undefined' &&
    !/^(ReactNative|NativeScript|NS)$/.test(typeof navigator == 'object' ? navigator.product : ''));
