/**
 * Reading a JSON response body as text, refused past its size cap while it streams in. (An HTML
 * page is read by `page-response.ts`, loaded only when a page arrives.)
 */

/** Thrown when a JSON body is larger than the cap; `request.ts` turns it into a `LoadError`. */
export class TooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`larger than ${maxBytes} bytes`);
  }
}

/** Lets go of a response whose body will not be read. */
export function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** The whole body as UTF-8 text; `TooLarge` past `maxBytes`. */
export async function readText(response: Response, maxBytes: number): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  if (!response.body) {
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength > maxBytes) throw new TooLarge(maxBytes);
    return decoder.decode(buffer);
  }
  const reader = response.body.getReader();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw new TooLarge(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
