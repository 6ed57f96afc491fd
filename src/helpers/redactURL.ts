// Credentials in a URL (https://user:secret@host/) must not reach error
// messages or serialized errors, which end up in logs.
export const REDACTED = '[REDACTED ****]';

export const redactURL = (url: string): string => url.replace(/^([a-z][\w+.-]*:\/*)[^/?#@]*@/i, '$1' + REDACTED + '@');
