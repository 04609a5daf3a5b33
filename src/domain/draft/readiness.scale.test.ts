/**
 * Issue 26, item 2: readiness rebuilt the set of addressed ids for each
 * contributing factor and lesson, so 2,000 of each with 2,000 action items
 * took 17 s per check. Time is for `npm run bench:lists`; this test counts
 * the work instead, which no machine load changes: how many times the check
 * reads an action item, as the lists grow tenfold.
 */
import { describe, expect, it } from "vitest";
import { draftWithLists } from "../../test/bigLists.ts";
import { checkReadiness } from "./readiness.ts";
import type { Draft } from "./schema.ts";

/** The draft with its action items behind a proxy that counts each read of an item. */
function counted(draft: Draft): { draft: Draft; reads: () => number } {
  let reads = 0;
  const actionItems = new Proxy(draft.actionItems, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { draft: { ...draft, actionItems }, reads: () => reads };
}

function readsAt(n: number): number {
  const { draft, reads } = counted(draftWithLists(n));
  const problems = checkReadiness(draft);
  // Every factor and lesson is addressed: the check finds nothing to say about coverage.
  expect(problems.filter((p) => /has no action item|only by canceled/.test(p.message))).toEqual([]);
  return reads();
}

describe("readiness on long lists", () => {
  it("reads each action item a fixed number of times, however many factors and lessons there are", () => {
    const small = readsAt(200);
    const large = readsAt(2_000);
    // Linear work grows tenfold with tenfold lists; rebuilding per item grew a hundredfold.
    expect(large / small).toBeLessThan(12);
    expect(large / 2_000).toBeLessThan(20);
  });

  it("still says which factor has no action item, and which has only canceled ones", () => {
    const draft = draftWithLists(3);
    draft.actionItems[1].addresses = ["d1"];
    draft.actionItems[2].status = "Canceled";
    const messages = checkReadiness(draft).filter((p) => p.path.startsWith("rootCauses[")).map((p) => `${p.path}: ${p.message.split(":")[0]}`);
    expect(messages).toEqual([
      "rootCauses[1]: Contributing Factor #2 (“Factor 1”) has no action item",
      "rootCauses[2]: Contributing Factor #3 (“Factor 2”) is addressed only by canceled action items",
    ]);
  });
});
