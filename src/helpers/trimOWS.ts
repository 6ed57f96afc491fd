// Trim spaces and tabs (HTTP's optional whitespace) from both ends. A loop,
// not /[ \t]+$/: that pattern is quadratic on long inner runs of spaces.
export function trimOWS(value: string): string {
  let start = 0;
  let end = value.length;
  const isOWS = (index: number) => value[index] === ' ' || value[index] === '\t';
  while (start < end && isOWS(start)) start++;
  while (end > start && isOWS(end - 1)) end--;
  return value.slice(start, end);
}
