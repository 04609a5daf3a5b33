/**
 * Issue 15: render, readiness, quality review and Markdown import on a draft
 * whose every field is a 100,000-character run of one character, against
 * prose of the same size. Prints milliseconds (best of 3) and the ratio to
 * prose (a separate best of 5, taken in turn with prose, so both see the same
 * machine load); the target is at most 3 times prose (a super-linear
 * pattern makes it hundreds: 100,000 spaces once took 34.8 s to render).
 * Run: npm run bench:adversarial [-- size]
 */
import { ADVERSARIAL_RUNS, bestTime, everyField, OPERATIONS, operationOf, prose, timeRatio } from "../../src/test/adversarial.ts";

const MAX_RATIO = 3;
const size = Number(process.argv[2] ?? 100_000);
const proseDraft = everyField(prose(size));
const proseTime = Object.fromEntries(OPERATIONS.map((operation) => [operation, bestTime(operationOf(operation, proseDraft))]));

console.log(`every field ${size.toLocaleString("en-US")} characters; ms, best of 3 (ratio to prose, best of 5 taken in turn with it)`);
console.log(["run".padEnd(18), ...OPERATIONS.map((o) => o.padStart(18))].join(""));
console.log(["prose".padEnd(18), ...OPERATIONS.map((o) => `${proseTime[o].toFixed(0)}`.padStart(18))].join(""));
let worst = 0;
for (const [name, character] of Object.entries(ADVERSARIAL_RUNS)) {
  const draft = everyField(character.repeat(size));
  const cells = OPERATIONS.map((operation) => {
    const ms = bestTime(operationOf(operation, draft));
    const ratio = timeRatio(operationOf(operation, draft), operationOf(operation, proseDraft), 5);
    worst = Math.max(worst, ratio);
    return `${ms.toFixed(0)} (${ratio.toFixed(2)})`.padStart(18);
  });
  console.log([name.padEnd(18), ...cells].join(""));
}
console.log(`worst ratio ${worst.toFixed(2)} (target ≤ ${MAX_RATIO}): ${worst <= MAX_RATIO ? "PASS" : "FAIL"}`);
