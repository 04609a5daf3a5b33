/**
 * Issue 15: a 100,000-character run of one whitespace character or of one
 * Markdown punctuation character, in every field, costs render, readiness,
 * quality review and Markdown import at most 3 times what prose of the same
 * size costs. A ratio measured here, not a wall-clock limit: a super-linear
 * pattern makes it hundreds (100,000 spaces took 34.8 s to render).
 * `npm run bench:adversarial` prints the figures.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Draft } from "../domain/draft/schema.ts";
import { ADVERSARIAL_RUNS, everyField, OPERATIONS, operationOf, prose, timeRatio } from "./adversarial.ts";

const SIZE = 100_000;
const MAX_RATIO = 3;

describe("work on adversarial runs grows as it does on prose", () => {
  let proseDraft: Draft;
  beforeAll(() => {
    proseDraft = everyField(prose(SIZE));
  });

  it.each(Object.entries(ADVERSARIAL_RUNS))("a run of %s in every field", (_, character) => {
    const draft = everyField(character.repeat(SIZE));
    for (const operation of OPERATIONS) {
      // The best of five, in turn with prose.
      const ratio = timeRatio(operationOf(operation, draft), operationOf(operation, proseDraft), 5);
      expect(ratio, `${operation}: ${ratio.toFixed(2)} times prose`).toBeLessThanOrEqual(MAX_RATIO);
    }
  }, 120_000);
});
