/**
 * One GET with everything bounded: the bytes as sent, the bytes once
 * expanded (a small gzip body can expand to gigabytes), and the time. Built
 * on node:http rather than fetch, which expands gzip out of sight and
 * follows redirects to any host; here a redirect is returned as it came, for
 * the caller to judge. Reading stops, and the connection is closed, at the
 * first limit passed.
 */
import { get as httpGet, type IncomingMessage } from "node:http";
import { get as httpsGet } from "node:https";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Transform } from "node:stream";
import { formatBytes } from "../../domain/limits/inputLimits.ts";

export type GetLimits = {
  /** Bytes as sent (before any Content-Encoding is undone). */
  sentBytes: number;
  /** Bytes once expanded. */
  bodyBytes: number;
  /** What went wrong when the body passes `bodyBytes`. */
  bodyTooLarge: string;
  timeoutMs: number;
};

export type GetResult = { ok: true; status: number; location: string | null; body: Uint8Array } | { ok: false; message: string };

/** The decoder for a Content-Encoding, null for none, or undefined for one this client did not ask for. */
function decoderFor(encoding: string | undefined): Transform | null | undefined {
  switch ((encoding ?? "identity").trim().toLowerCase()) {
    case "identity":
    case "":
      return null;
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function getBounded(url: string, limits: GetLimits): Promise<GetResult> {
  const host = new URL(url).host;
  return new Promise((resolve) => {
    let settled = false;
    const chunks: Buffer[] = [];
    let sent = 0;
    let expanded = 0;
    let decoder: Transform | null = null;
    let encoding = "";
    const finish = (result: GetResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      decoder?.destroy();
      resolve(result);
    };
    const fail = (message: string) => finish({ ok: false, message });
    const timer = setTimeout(() => fail(`no answer from ${host} within ${limits.timeoutMs / 1000} s`), limits.timeoutMs);

    const onBody = (chunk: Buffer) => {
      if (settled) return;
      expanded += chunk.length;
      if (expanded > limits.bodyBytes) fail(`${limits.bodyTooLarge}${decoder ? ` (the answer came ${encoding}-compressed)` : ""}; reading stopped there`);
      else chunks.push(chunk);
    };

    const onResponse = (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location ?? null;
      const announced = Number(response.headers["content-length"]);
      if (Number.isFinite(announced) && announced > limits.sentBytes) {
        fail(`the answer announces ${formatBytes(announced, true)}, more than ${formatBytes(limits.sentBytes)}; it was not read`);
        return;
      }
      const found = decoderFor(response.headers["content-encoding"]);
      if (found === undefined) {
        fail(`the answer is compressed as "${String(response.headers["content-encoding"]).slice(0, 40)}", which was not asked for`);
        return;
      }
      decoder = found;
      encoding = String(response.headers["content-encoding"]).trim();
      response.on("data", (chunk: Buffer) => {
        if (settled) return;
        sent += chunk.length;
        if (sent > limits.sentBytes) fail(`the answer is more than ${formatBytes(limits.sentBytes)}; reading stopped there`);
        else if (decoder) decoder.write(chunk);
        else onBody(chunk);
      });
      response.on("error", (error) => fail(`the answer from ${host} broke off (${reasonOf(error)})`));
      const done = () => finish({ ok: true, status, location, body: Buffer.concat(chunks) });
      if (decoder) {
        decoder.on("data", onBody);
        decoder.on("error", (error) => fail(`the answer could not be decompressed (${reasonOf(error)})`));
        decoder.on("end", done);
        response.on("end", () => decoder?.end());
      } else {
        response.on("end", done);
      }
    };

    // A connection per page (no keep-alive): a socket the server has just closed is never reused.
    const options = { agent: false, headers: { accept: "application/json", "accept-encoding": "gzip" } };
    const request = url.startsWith("https:") ? httpsGet(url, options, onResponse) : httpGet(url, options, onResponse);
    request.on("error", (error) => fail(`could not reach ${host} (${reasonOf(error)})`));
  });
}
