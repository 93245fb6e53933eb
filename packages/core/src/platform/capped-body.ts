/**
 * Reads a response body as text without ever holding more than a cap of it: a body with no (or a
 * false) Content-Length, chunked or endless, is read as a stream and dropped at the cap, and the
 * rest is never downloaded. Used for the lead endpoint's error bodies and for the script tag's
 * knowledge file. Typed structurally (core compiles without the DOM): a fetch Response fits.
 */

/** The part of a stream reader that reading a capped body needs. */
export interface CappedBodyReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}

/** The part of a fetch Response that `readCapped` reads. */
export interface CappedBodySource {
  /** `getReader` where the body is a stream (fetch's); otherwise the body is read whole, then capped. */
  readonly body: { getReader?(): CappedBodyReader } | null;
  text(): Promise<string>;
}

/**
 * The body as UTF-8 text, or undefined when it is larger than `maxBytes` (the stream is then
 * cancelled). A response without a readable stream (a custom transport) is read whole and its
 * text capped. Rejects when reading fails (a network error, an aborted request).
 */
export async function readCapped(response: CappedBodySource, maxBytes: number): Promise<string | undefined> {
  const stream = response.body;
  if (stream?.getReader === undefined || typeof TextDecoder !== 'function') {
    const text = await response.text();
    return text.length > maxBytes ? undefined : text;
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value === undefined) continue;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
