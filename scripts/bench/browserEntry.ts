/**
 * What the benchmark page runs: the same domain code as the Web Worker,
 * from PEM bytes to rows, timed inside Chromium.
 */
import { buildAppendix } from "../../src/domain/appendix/appendix.ts";
import { readFile, readFileHashingInBatches, type InputResult } from "../../src/domain/appendix/input.ts";
import { webPlatform, webSha256Batch } from "../../src/domain/appendix/platform.ts";

/** Hashing as the worker does it (`crypto.subtle` in batches), or with SHA-256 in JavaScript when `batched` is false. */
export async function run(pem: string, rounds: number, batched = true): Promise<{ rows: number; ms: number[]; hashing: string }> {
  const bytes = new TextEncoder().encode(pem);
  const platform = webPlatform();
  const batch = batched ? webSha256Batch() : null;
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const input: InputResult = { certificates: [], crls: [], problems: [] };
    const file = { name: "bench.pem", bytes };
    if (batch) await readFileHashingInBatches(file, input, batch, undefined, platform);
    else readFile(file, input, undefined, platform);
    const result = buildAppendix(input, { now: Date.now(), awareAtMs: null, deadline: null });
    ms.push(performance.now() - start);
    rows = result.rows.length;
  }
  return { rows, ms, hashing: batch ? "crypto.subtle in batches" : "SHA-256 in JavaScript" };
}
