/**
 * What the benchmark page runs: the same domain code as the Web Worker,
 * from PEM bytes to rows, timed inside Chromium.
 */
import { buildAppendix } from "../../src/domain/appendix/appendix.ts";
import { readFiles } from "../../src/domain/appendix/input.ts";
import { webPlatform } from "../../src/domain/appendix/platform.ts";

export function run(pem: string, rounds: number): { rows: number; ms: number[] } {
  const bytes = new TextEncoder().encode(pem);
  const platform = webPlatform();
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const result = buildAppendix(readFiles([{ name: "bench.pem", bytes }], platform), { now: Date.now(), awareAtMs: null, deadline: null });
    ms.push(performance.now() - start);
    rows = result.rows.length;
  }
  return { rows, ms };
}
