import { describe, expect, it } from "vitest";
import type { Draft } from "../draft/schema.ts";
import { actionItem, certificate, draftOf } from "../quality/testDrafts.ts";
import { applicableDeadlines } from "./applicableDeadlines.ts";
import { computeDeadlines } from "./computeDeadlines.ts";
import { DEADLINE_IDS } from "./types.ts";

const now = Date.parse("2025-05-01T00:00Z");
/** Every input a deadline could start from: a long-overdue incident with a revocation delay. */
const input = {
  now,
  awareAt: "2025-03-01T00:00Z",
  initialDisclosureAt: "2025-03-02T00:00Z",
  lastPostedAt: "2025-03-10T00:00Z",
  lastActionItemChangeAt: "2025-03-20T00:00Z",
  openQuestionAt: "2025-04-28T00:00Z",
};
const ids = (draft: Draft) => computeDeadlines(draft, input).map((d) => d.id);
const withCertificates = (draft: Draft): Draft => ({ ...draft, revocationDelay: true, appendix: { ...draft.appendix, certificates: [certificate({ revoked: "Delayed" })] } });

describe("deadlines per author and report kind", () => {
  it("a CA Owner's Preliminary and Full report show every deadline the content calls for", () => {
    for (const kind of ["preliminary", "full"] as const) {
      expect(applicableDeadlines(draftOf(kind))).toEqual({ ids: DEADLINE_IDS, reason: null });
      expect(ids(withCertificates(draftOf(kind)))).toEqual(DEADLINE_IDS);
    }
  });

  it("a third party's Preliminary shows none of the CA Owner's obligations", () => {
    const draft = withCertificates(draftOf("preliminary", { author: "third-party" }));
    expect(applicableDeadlines(draft).reason).toBe("third-party");
    expect(ids(draft)).toEqual([]);
  });

  it("a Closure whose action items are all Complete or Canceled shows only answers to open questions", () => {
    const items = [actionItem("a1", { status: "Complete" }), actionItem("a2", { status: "Canceled" })];
    const draft = withCertificates(draftOf("closure", { actionItems: items }));
    expect(applicableDeadlines(draft).reason).toBe("closure");
    expect(ids(draft)).toEqual(["answer-questions"]);
    expect(ids({ ...draft, actionItems: items })).not.toContain("br-revocation");
    expect(computeDeadlines(draft, { now })).toEqual([]);
  });

  it("a Closure with an action item still open keeps the update and revocation deadlines", () => {
    const draft = withCertificates(draftOf("closure", { actionItems: [actionItem("a1", { status: "Complete" }), actionItem("a2", { status: "Ongoing" })] }));
    expect(applicableDeadlines(draft).reason).toBeNull();
    expect(ids(draft)).toEqual(expect.arrayContaining(["next-update", "revocation-delay-update", "br-revocation"]));
  });
});
