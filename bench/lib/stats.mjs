// Rounds, medians and spreads. Every library of a round is measured right
// after the others, in an order that rotates from round to round, so slow
// spells of a shared machine fall on all of them alike.

export function summary(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

// Runs fn(lib, round) for every library in every round, A B C, B C A, C A B...
// Returns { lib: [result of round 0, round 1, ...] }.
export async function interleave(libs, rounds, fn) {
  const out = Object.fromEntries(libs.map((lib) => [lib, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < libs.length; i++) {
      const lib = libs[(round + i) % libs.length];
      out[lib][round] = await fn(lib, round);
    }
  }
  return out;
}

// Per-round ratio of a to b (both arrays of round results), summarised.
export function ratio(a, b, pick) {
  return summary(a.map((x, i) => pick(x) / pick(b[i])));
}

export const round1 = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
