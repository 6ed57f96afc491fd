/**
 * A page with a DOM (not a worker, not React Native): where cookies and XSRF
 * apply. Worked out once, when the library loads: a page stays a page.
 */
export const isStandardBrowserEnv: boolean =
  typeof window != 'undefined' &&
  typeof document != 'undefined' &&
  !['ReactNative', 'NativeScript', 'NS'].includes(typeof navigator == 'object' ? navigator.product : '');
