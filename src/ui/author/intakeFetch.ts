/**
 * Fetches an article's page by its address, with the browser. Most news sites do not let other
 * pages read them (CORS), and the browser then gives no detail; the message says so and that
 * pasting the text works. The download is capped (a page of up to 5 MB) and timed out.
 */
import { MAX_PAGE_BYTES, checkTextSize } from '../../io/text/limits';
import { fileNameOf } from '../data/fetchData';

/** How a page is fetched: the browser's fetch, or a test's fake. */
export type FetchPage = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

export type FetchedPage =
  | { ok: true; bytes: Uint8Array; fileName: string; mime: string; url: string }
  | { ok: false; message: string };

/** The browser's fetch, sending no cookies and no referrer: reading a page tells the site little. */
export const browserFetch: FetchPage = (url, init) =>
  fetch(url, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer' });

/** How long a site may take to answer and send the page. */
export const FETCH_TIMEOUT_MS = 20_000;

const PASTE = 'Open the page, copy its text and paste it here.';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Reads the body, stopping as soon as it passes `limit` bytes; null when it does. */
async function readCapped(response: Response, limit: number): Promise<Uint8Array | null> {
  const reader = response.body?.getReader();
  if (!reader) {
    const buffer = await response.arrayBuffer();
    return buffer.byteLength > limit ? null : new Uint8Array(buffer);
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      void reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Fetches `url` (an http(s) address already checked) as a page to read. Rejects only with an
 * AbortError when `signal` aborts; every failure of the site or the network is a message.
 */
export async function fetchArticle(
  url: string,
  fetchPage: FetchPage,
  signal: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<FetchedPage> {
  const host = hostOf(url);
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), timeoutMs);
  const stop = () => timer.abort();
  signal.addEventListener('abort', stop, { once: true });
  const failed = (error: unknown, message: string): FetchedPage => {
    if (signal.aborted) throw error;
    if (timer.signal.aborted) {
      return {
        ok: false,
        message: `${host} did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again later, or open the page, copy its text and paste it here.`,
      };
    }
    return { ok: false, message };
  };
  try {
    let response: Response;
    try {
      response = await fetchPage(url, { signal: timer.signal });
    } catch (error) {
      return failed(
        error,
        `That site does not let other pages read it (${host} gave this page no permission, or could not be reached). ${PASTE}`,
      );
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return {
        ok: false,
        message: `${host} answered “${status}” for that address. Check the address, or open the page, copy its text and paste it here.`,
      };
    }
    const declared = Number(response.headers.get('content-length') ?? '');
    const tooLarge = declared > 0 ? checkTextSize(declared, 'page') : null;
    if (tooLarge) return { ok: false, message: tooLarge };
    let bytes: Uint8Array | null;
    try {
      bytes = await readCapped(response, MAX_PAGE_BYTES);
    } catch (error) {
      return failed(
        error,
        `The download from ${host} broke off. Try again, or ${PASTE.toLowerCase()}`,
      );
    }
    if (bytes === null) {
      return {
        ok: false,
        message: `The page at ${host} is larger than ${MAX_PAGE_BYTES / 2 ** 20} MB, the most that is read. Open the article on its own page, or copy its text and paste it here.`,
      };
    }
    return {
      ok: true,
      bytes,
      fileName: fileNameOf(response.url || url),
      mime: response.headers.get('content-type') ?? '',
      url: response.url || url,
    };
  } finally {
    clearTimeout(timeout);
    signal.removeEventListener('abort', stop);
  }
}
