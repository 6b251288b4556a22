/**
 * The one check for a web address: only absolute http and https addresses are fetched, opened
 * or shown as links; anything else (javascript:, data:, file:, plain text) never is.
 */

/** The address as a URL when it is an absolute http(s) one; null for anything else. */
export function httpAddress(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}
