import { describe, expect, it } from "vitest";
import { windowStart } from "./window.ts";

const NOW = Date.UTC(2026, 2, 1, 12);

describe("windowStart", () => {
  it("counts back from the day the non-compliance started, in UTC", () => {
    expect(windowStart("2025-06-02T09:30Z", 2, NOW)).toBe("2023-06-02");
    expect(windowStart("2025-06-02T01:30+03:00", 2, NOW)).toBe("2023-06-01");
    expect(windowStart("2024-02-29T10:00Z", 5, NOW)).toBe("2019-03-01");
  });

  it("counts back from today while the start is not filled in, and has no limit for all years", () => {
    expect(windowStart("", 2, NOW)).toBe("2024-03-01");
    expect(windowStart("2025-06-02T09:30Z", null, NOW)).toBeNull();
  });
});
