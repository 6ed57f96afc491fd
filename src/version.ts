/** The axios API version whose behaviour this library follows (this package's own version is in package.json). */
export const VERSION = '1.21.1';
