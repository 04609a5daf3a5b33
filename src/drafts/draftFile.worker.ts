/**
 * Reads an imported draft file off the main thread: decoding and parsing a
 * file of tens of megabytes takes seconds (a 52 MB text: 0.9 s; a million
 * timeline entries: 2.5 s on the main thread), and the page must not freeze.
 */
import { decodeDraftBytes, parseDraftText, type ParseResult } from "../domain/draft/parseDraft.ts";

export type ReadDraftRequest = { bytes: ArrayBuffer; name: string };

self.onmessage = (event: MessageEvent<ReadDraftRequest>) => {
  const { bytes, name } = event.data;
  const decoded = decodeDraftBytes(new Uint8Array(bytes), name);
  const result: ParseResult = decoded.ok ? parseDraftText(decoded.text, name) : { ok: false, problems: [{ path: "", message: decoded.message }] };
  self.postMessage(result);
};
