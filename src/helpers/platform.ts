/** A page with a DOM (not a worker, not React Native): where cookies and XSRF apply. */
export const hasStandardBrowserEnv = (): boolean =>
  typeof window != 'undefined' &&
  typeof document != 'undefined' &&
  !['ReactNative', 'NativeScript', 'NS'].includes(typeof navigator == 'object' ? navigator.product : '');
