import { describe, expect, it } from "vitest";
import { recordFromLegacyInputs } from "./legacyInputs.ts";

describe("recordFromLegacyInputs", () => {
  it("moves the facts typed under Review › Deadlines into the record", () => {
    const raw = {
      nextUpdate: "2025-10-02",
      initialDisclosureAt: "2025-09-20T10:00",
      lastPostedAt: "2025-09-26T08:30",
      lastActionItemChangeAt: "2025-09-27T12:00",
      openQuestionAt: "2025-09-28T09:15",
      revocationDeadlineHours: 24,
    };
    expect(recordFromLegacyInputs(raw, "full", Date.parse("2025-09-25T07:00Z"))).toEqual({
      posted: [
        { kind: "preliminary", at: "2025-09-20T10:00Z" },
        { kind: "full", at: "2025-09-25T07:00Z" },
        { kind: "update", at: "2025-09-26T08:30Z" },
      ],
      questions: [{ askedAt: "2025-09-28T09:15Z", answeredAt: null }],
      actionItemChangedAt: "2025-09-27T12:00Z",
      whiteboard: "Next update 2025-10-02",
      revocationHours: 24,
    });
  });

  it("makes no record from nothing, and ignores what it cannot read", () => {
    expect(recordFromLegacyInputs(null, "preliminary", null)).toBeNull();
    expect(recordFromLegacyInputs({ nextUpdate: "soon", lastPostedAt: 42, revocationDeadlineHours: 120 }, "full", null)).toBeNull();
  });
});
