import { badRequest } from './http-error.mjs';

// Query values may arrive repeated (?a=1&a=2 gives an array); routes want one.
export function single(value) {
  return Array.isArray(value) ? value[0] : value;
}

// Reads a whole, non-negative decimal integer. Missing -> fallback; garbage -> 400,
// so a typo in a test URL fails loudly instead of silently using a default.
export function intParam(value, name, { fallback, min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
  const text = single(value);
  if (text === undefined || text === '') {
    if (fallback === undefined) throw badRequest(`${name} is required`);
    return fallback;
  }
  if (!/^\d+$/.test(String(text))) throw badRequest(`${name} must be a non-negative integer`);
  const number = Number(text);
  if (number < min) throw badRequest(`${name} must be at least ${min}`);
  // Upper bounds are caps, not errors: callers ask for "a lot" and get the cap.
  return Math.min(number, max);
}

// Accepts "1", "true", "yes" as on; everything else is off.
export function flagParam(value) {
  return /^(1|true|yes|on)$/i.test(String(single(value) ?? ''));
}
