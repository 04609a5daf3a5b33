import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../examples/index.ts";
import { reviewQuality } from "./reviewQuality.ts";

/** The examples are written as good reports: the wording rules must not cry wolf on them. */
const WORDING_RULES = new Set(["training-not-systemic", "unsubstantiated-claim", "posturing", "reporter-privacy"]);

describe("quality review of the example reports", () => {
  it.each(EXAMPLES.map((e) => [e.id, e.draft] as const))("finds no wording problem in %s", (_id, draft) => {
    const warnings = reviewQuality(draft, { now: Date.parse("2025-01-01T00:00Z"), renderedLength: 0 });
    expect(warnings.filter((w) => WORDING_RULES.has(w.rule))).toEqual([]);
  });
});
