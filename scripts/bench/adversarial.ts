/**
 * Issue 15: render, readiness, quality review and Markdown import on a draft
 * whose every field is a 100,000-character run of one character, against
 * prose of the same size. Prints milliseconds (best of 3) and the ratio.
 * Run: npm run bench:adversarial [-- size]
 */
import { ADVERSARIAL_RUNS, bestTime, everyField, OPERATIONS, operationOf, prose } from "../../src/test/adversarial.ts";

const size = Number(process.argv[2] ?? 100_000);
const proseDraft = everyField(prose(size));
const proseTime = Object.fromEntries(OPERATIONS.map((operation) => [operation, bestTime(operationOf(operation, proseDraft))]));

console.log(`every field ${size.toLocaleString("en-US")} characters; ms (ratio to prose), best of 3`);
console.log(["run".padEnd(18), ...OPERATIONS.map((o) => o.padStart(18))].join(""));
console.log(["prose".padEnd(18), ...OPERATIONS.map((o) => `${proseTime[o].toFixed(0)}`.padStart(18))].join(""));
for (const [name, character] of Object.entries(ADVERSARIAL_RUNS)) {
  const draft = everyField(character.repeat(size));
  const cells = OPERATIONS.map((operation) => {
    const ms = bestTime(operationOf(operation, draft));
    return `${ms.toFixed(0)} (${(ms / proseTime[operation]).toFixed(2)})`.padStart(18);
  });
  console.log([name.padEnd(18), ...cells].join(""));
}
