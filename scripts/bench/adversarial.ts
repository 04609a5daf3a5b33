/**
 * Issue 15: render, readiness, quality review and Markdown import on a draft
 * whose every field is a 100,000-character run of one character, against
 * prose of the same size. For each, the best of 5 runs taken in turn with
 * prose (so both see the same machine load), in milliseconds, and the ratio;
 * the target is at most 3 times prose (a super-linear pattern makes it
 * hundreds: 100,000 spaces once took 34.8 s to render).
 * Run: npm run bench:adversarial [-- size]
 */
import { performance } from "node:perf_hooks";
import { checkReadiness } from "../../src/domain/draft/readiness.ts";
import type { Draft } from "../../src/domain/draft/schema.ts";
import { importReport } from "../../src/domain/import/importReport.ts";
import { reviewQuality } from "../../src/domain/quality/reviewQuality.ts";
import { bugzillaLength } from "../../src/domain/render/bugzilla.ts";
import { renderReport } from "../../src/domain/render/render.ts";
import { ADVERSARIAL_RUNS, everyField, prose, reportWithRuns } from "../../src/test/adversarial.ts";

const MAX_RATIO = 3;
const RUNS = 5;

type Operation = "render" | "readiness" | "quality" | "import";
const OPERATIONS: readonly Operation[] = ["render", "readiness", "quality", "import"];

/** What each operation does with the draft (import reads the draft's text where the report puts it). */
function operationOf(operation: Operation, draft: Draft): () => unknown {
  switch (operation) {
    case "render":
      return () => renderReport(draft);
    case "readiness":
      return () => checkReadiness(draft);
    case "quality": {
      const renderedLength = bugzillaLength(renderReport(draft));
      return () => reviewQuality(draft, { now: Date.UTC(2025, 5, 1), renderedLength });
    }
    case "import": {
      const markdown = reportWithRuns(draft);
      return () => importReport(markdown);
    }
  }
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The best times of `run` and of `baseline`, their runs taken in turn so both see the same load and heap. */
function bestInTurn(run: () => unknown, baseline: () => unknown): { run: number; baseline: number } {
  const best = { run: Number.POSITIVE_INFINITY, baseline: Number.POSITIVE_INFINITY };
  for (let i = 0; i < RUNS; i++) {
    best.baseline = Math.min(best.baseline, timed(baseline));
    best.run = Math.min(best.run, timed(run));
  }
  return best;
}

const size = Number(process.argv[2] ?? 100_000);
const proseDraft = everyField(prose(size));

console.log(`every field ${size.toLocaleString("en-US")} characters; ms (ratio to prose), best of ${RUNS} taken in turn with prose`);
console.log(["run".padEnd(18), ...OPERATIONS.map((o) => o.padStart(18))].join(""));
let worst = 0;
const proseMs = new Map<Operation, number>();
for (const [name, character] of Object.entries(ADVERSARIAL_RUNS)) {
  const draft = everyField(character.repeat(size));
  const cells = OPERATIONS.map((operation) => {
    const best = bestInTurn(operationOf(operation, draft), operationOf(operation, proseDraft));
    proseMs.set(operation, Math.min(proseMs.get(operation) ?? Number.POSITIVE_INFINITY, best.baseline));
    const ratio = best.run / best.baseline;
    worst = Math.max(worst, ratio);
    return `${best.run.toFixed(0)} (${ratio.toFixed(2)})`.padStart(18);
  });
  console.log([name.padEnd(18), ...cells].join(""));
}
console.log(["prose (best seen)".padEnd(18), ...OPERATIONS.map((o) => `${(proseMs.get(o) ?? 0).toFixed(0)}`.padStart(18))].join(""));
console.log(`worst ratio ${worst.toFixed(2)} (target ≤ ${MAX_RATIO}): ${worst <= MAX_RATIO ? "PASS" : "FAIL"}`);
