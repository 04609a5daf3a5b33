import { describe, expect, it } from "vitest";
import { EMPTY_INPUTS, localMinute, restoreInputs, toDeadlineInput } from "./deadlineInputs.ts";

describe("restoreInputs", () => {
  it("keeps well-formed values and empties the rest", () => {
    expect(
      restoreInputs({ nextUpdate: "2025-09-25", lastPostedAt: "2025-09-18T18:20", openQuestionAt: "yesterday", revocationDeadlineHours: 24, extra: 1 }),
    ).toEqual({ ...EMPTY_INPUTS, nextUpdate: "2025-09-25", lastPostedAt: "2025-09-18T18:20", revocationDeadlineHours: 24 });
    expect(restoreInputs(null)).toEqual(EMPTY_INPUTS);
    expect(restoreInputs({ nextUpdate: 5, revocationDeadlineHours: 48 })).toEqual(EMPTY_INPUTS);
  });
});

describe("toDeadlineInput", () => {
  const now = Date.parse("2025-09-20T12:00Z");
  it("reads typed times as UTC and leaves empty ones out", () => {
    const input = toDeadlineInput({ ...EMPTY_INPUTS, initialDisclosureAt: "2025-09-18T18:20", nextUpdate: "2025-09-25" }, now, null);
    expect(input).toEqual({
      now,
      nextUpdate: "2025-09-25",
      initialDisclosureAt: "2025-09-18T18:20Z",
      lastPostedAt: undefined,
      lastActionItemChangeAt: undefined,
      openQuestionAt: undefined,
      revocationDeadlineHours: 120,
    });
  });
  it("defaults the last posted update to the posted snapshot, unless typed", () => {
    const postedAt = Date.parse("2025-09-19T07:30:45Z");
    expect(toDeadlineInput(EMPTY_INPUTS, now, postedAt).lastPostedAt).toBe("2025-09-19T07:30Z");
    expect(toDeadlineInput({ ...EMPTY_INPUTS, lastPostedAt: "2025-09-20T01:00" }, now, postedAt).lastPostedAt).toBe("2025-09-20T01:00Z");
    expect(localMinute(postedAt)).toBe("2025-09-19T07:30");
  });
});
