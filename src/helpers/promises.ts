/** Promise.all, kept for code written against old axios. */
export const all = <T>(values: Array<T | Promise<T>>): Promise<T[]> => Promise.all(values);

/** Call a function with an array as its arguments: `spread((a, b) => ...)([a, b])`. */
export const spread =
  <T, R>(callback: (...args: T[]) => R) =>
  (array: T[]): R =>
    callback.apply(null, array);
