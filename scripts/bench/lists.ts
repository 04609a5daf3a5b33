/**
 * Issue 26: readiness, quality review and render on a Full report with n
 * contributing factors, n action items, n lessons and n timeline entries, for
 * n from 100 to 10,000. Prints the best of 3 runs in milliseconds and the time
 * per item against n = 100; linear work keeps that ratio near 1, and the
 * target is at most 3 (readiness rebuilt its set of addressed ids per item:
 * 2,000 of each took 17 s, a ratio in the hundreds).
 * Run: npm run bench:lists
 */
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import { checkReadiness } from "../../src/domain/draft/readiness.ts";
import type { Draft } from "../../src/domain/draft/schema.ts";
import { reviewQuality } from "../../src/domain/quality/reviewQuality.ts";
import { bugzillaLength } from "../../src/domain/render/bugzilla.ts";
import { renderReport } from "../../src/domain/render/render.ts";
import { draftWithLists } from "../../src/test/bigLists.ts";

const SIZES = [100, 1_000, 10_000];
const MAX_RATIO = 3;
const RUNS = 3;

const OPERATIONS = {
  readiness: (draft: Draft) => () => checkReadiness(draft),
  quality: (draft: Draft) => {
    const renderedLength = bugzillaLength(renderReport(draft));
    return () => reviewQuality(draft, { now: Date.UTC(2025, 5, 1), renderedLength });
  },
  render: (draft: Draft) => () => renderReport(draft),
} satisfies Record<string, (draft: Draft) => () => unknown>;
type Operation = keyof typeof OPERATIONS;
const NAMES = Object.keys(OPERATIONS) as Operation[];

function best(run: () => unknown): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(" ")}; ms, best of ${RUNS} (time per item as a ratio to n = ${SIZES[0]})`);
console.log(["n".padStart(8), ...NAMES.map((n) => n.padStart(20))].join(""));
const perItemAtFirst = new Map<Operation, number>();
let worst = 0;
for (const n of SIZES) {
  const draft = draftWithLists(n);
  const cells = NAMES.map((name) => {
    const ms = best(OPERATIONS[name](draft));
    const perItem = ms / n;
    if (!perItemAtFirst.has(name)) perItemAtFirst.set(name, perItem);
    const ratio = perItem / (perItemAtFirst.get(name) ?? perItem);
    worst = Math.max(worst, ratio);
    return `${ms.toFixed(1)} (${ratio.toFixed(2)})`.padStart(20);
  });
  console.log([n.toLocaleString("en-US").padStart(8), ...cells].join(""));
}
console.log(`worst ratio ${worst.toFixed(2)} (target ≤ ${MAX_RATIO}): ${worst <= MAX_RATIO ? "PASS" : "FAIL"}`);
