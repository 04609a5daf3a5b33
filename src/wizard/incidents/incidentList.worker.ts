/**
 * Reads a chosen incident list off the main thread: decoding, JSON parsing
 * and checking every bug of a 4 MB file take longer than a frame.
 */
import { decodeIncidentListBytes, readIncidentListText, type ReadListResult } from "../../domain/incidents/readIncidentList.ts";

export type ReadListRequest = { bytes: ArrayBuffer; name: string };

self.onmessage = (event: MessageEvent<ReadListRequest>) => {
  const { bytes, name } = event.data;
  const decoded = decodeIncidentListBytes(new Uint8Array(bytes), name);
  const result: ReadListResult = decoded.ok ? readIncidentListText(decoded.text) : decoded;
  self.postMessage(result);
};
