/** decodeURIComponent, but text that is not valid percent-encoding comes back as it was. */
export function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
