/**
 * Fetches a data file from a web address with the browser. Another site's file can only be read
 * when that site allows it (CORS); when it does not, the browser gives no detail, so the message
 * says what the likely cause is and both ways out.
 */
import { checkSize } from '../../io/import/limits';
import type { OpenServices } from './serviceTypes';

export type Fetched =
  { ok: true; bytes: Uint8Array; fileName: string } | { ok: false; message: string };

/** The file name an address ends with ("graph.json"), or its host when it names none. */
export function fileNameOf(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).at(-1);
    return last ? decodeURIComponent(last) : parsed.host;
  } catch {
    return url;
  }
}

/** Rejects only with an AbortError when `signal` aborts. */
export async function fetchData(
  url: string,
  services: Pick<OpenServices, 'fetch'>,
  signal?: AbortSignal,
): Promise<Fetched> {
  const fileName = fileNameOf(url);
  let response: Response;
  try {
    response = await services.fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    return {
      ok: false,
      message:
        `Could not fetch ${url}: the site could not be reached, or it does not let other pages read its files (CORS). ` +
        'To fix it, the site must send the header "Access-Control-Allow-Origin" (for example "*") with the file; ' +
        'or download the file and open it with "Open…".',
    };
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return { ok: false, message: `Could not fetch ${url}: the site answered ${status}.` };
  }
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = Number.isFinite(declared) ? checkSize(declared, fileName) : null;
  if (tooLarge) return { ok: false, message: tooLarge.message };
  let buffer: ArrayBuffer;
  try {
    buffer = await response.arrayBuffer();
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, message: `Could not fetch ${url}: the download broke off.` };
  }
  const refused = checkSize(buffer.byteLength, fileName);
  if (refused) return { ok: false, message: refused.message };
  return { ok: true, bytes: new Uint8Array(buffer), fileName };
}
