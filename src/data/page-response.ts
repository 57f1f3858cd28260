/**
 * An HTML article page as a `src` response: read only as far as its metadata goes (its head, or
 * a cap), decoded in the page's charset, and turned into an `Article` by `readPage`. Loaded by
 * `request.ts` the first time a page arrives, so JSON endpoints never download any of it.
 */
import { headHasMetadata, readPage } from './read-page.js';
import { ArticleDataError } from './types.js';
import type { Article } from './types.js';

/** The charset a Content-Type names, if any. */
function declaredCharset(contentType: string | null): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}

/** The first 1024 bytes as Latin-1 text: what the charset prescan reads (ASCII in every charset a page may use). */
function prescanText(bytes: Uint8Array): string {
  let start = '';
  for (let index = 0; index < Math.min(bytes.length, 1024); index++) start += String.fromCharCode(bytes[index]!);
  return start;
}

/**
 * The charset a page declares in its first 1024 bytes (`<meta charset>`, or the `content` of an
 * `http-equiv="Content-Type"` meta), as the HTML spec's prescan looks for it.
 */
function sniffedCharset(bytes: Uint8Array): string | undefined {
  return /<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:()-]+)/i.exec(prescanText(bytes))?.[1];
}

/** The decoder for a page: the charset of its Content-Type, else of its `<meta charset>`, else UTF-8. */
function decoderFor(contentType: string | null, start: Uint8Array): TextDecoder {
  try {
    return new TextDecoder(declaredCharset(contentType) ?? sniffedCharset(start) ?? 'utf-8');
  } catch {
    // An unknown label: UTF-8, as most pages are.
    return new TextDecoder('utf-8');
  }
}

function joined(parts: Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

/**
 * The beginning of an HTML page, as far as its metadata goes: up to the end of its head when
 * the head holds the metadata (`headHasMetadata` decides, once: JSON-LD or Open Graph tags),
 * else on through the body (JSON-LD blocks are often at its end) to `maxBytes` or the end. A
 * page larger than that is cut, not refused. Decoded in the charset of its Content-Type, else
 * of its `<meta charset>`, else as UTF-8.
 */
async function readPageText(
  response: Response,
  maxBytes: number,
  headHasMetadata: (head: string) => boolean,
): Promise<string> {
  const contentType = response.headers.get('content-type');
  const reader = response.body?.getReader();
  if (reader === undefined) {
    const bytes = new Uint8Array(await response.arrayBuffer()).subarray(0, maxBytes);
    return decoderFor(contentType, bytes).decode(bytes);
  }
  const start: Uint8Array[] = [];
  let decoder: TextDecoder | undefined;
  let received = 0;
  let text = '';
  let searchedTo = 0;
  let decided = false;
  const headEnd = /<\/head[\t\n\f\r />]/gi;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = value.subarray(0, Math.max(0, maxBytes - received));
      received += chunk.byteLength;
      if (decoder === undefined) {
        // The charset is settled by the first 1024 bytes, or by a head that ends before them.
        start.push(chunk);
        const bytes = joined(start, received);
        if (received < 1024 && received < maxBytes && !/<\/head/i.test(prescanText(bytes))) continue;
        decoder = decoderFor(contentType, bytes);
        text += decoder.decode(bytes, { stream: true });
      } else {
        text += decoder.decode(chunk, { stream: true });
      }
      if (!decided) {
        // Each stretch of text is searched once; "</head" may straddle two chunks.
        headEnd.lastIndex = Math.max(0, searchedTo - 7);
        const end = headEnd.exec(text);
        searchedTo = text.length;
        if (end !== null) {
          decided = true;
          const head = text.slice(0, end.index);
          if (headHasMetadata(head)) return head;
        }
      }
      if (received >= maxBytes) break;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (decoder === undefined) {
    const bytes = joined(start, received);
    return decoderFor(contentType, bytes).decode(bytes);
  }
  return text + decoder.decode();
}

/** The article of a page response, or the `ArticleDataError` saying why it has none. */
export async function readPageResponse(
  response: Response,
  url: string,
  maxBytes: number,
): Promise<Article | ArticleDataError> {
  return readPage(await readPageText(response, maxBytes, headHasMetadata), { base: url });
}
