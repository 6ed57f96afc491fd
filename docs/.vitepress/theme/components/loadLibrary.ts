// The live examples run the real bundle, served by the echo server at
// /dist/axios.min.js on the same origin as the docs (npm start). Loaded once
// per page visit, as a page would load it from a CDN.
let loading: Promise<any> | undefined;

export function loadLibrary(): Promise<any> {
  const global = window as any;
  if (global.axios) return Promise.resolve(global.axios);
  loading ||= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/axios.min.js';
    script.onload = () => resolve(global.axios);
    script.onerror = () => {
      loading = undefined;
      reject(new Error('Could not load /dist/axios.min.js: start the docs with `npm start`.'));
    };
    document.head.appendChild(script);
  });
  return loading;
}

/** Plain text for what an example shows: JSON for data, the essentials for an error. */
export function describe(value: any): string {
  if (value && value.isAxiosError) {
    return JSON.stringify(
      { name: value.name, code: value.code, message: value.message, status: value.status ?? null },
      null,
      2
    );
  }
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}
