import { describe, expect, it } from "vitest";
import { formatRelative } from "./formatRelative.ts";

const now = Date.parse("2025-03-04T12:00Z");
const MIN = 60_000;
const H = 60 * MIN;

describe("formatRelative", () => {
  it.each([
    [0, "due now"],
    [30_000, "due now"],
    [MIN, "in 1 minute"],
    [45 * MIN, "in 45 minutes"],
    [H, "in 1 hour"],
    [5 * H + 59 * MIN, "in 5 hours"],
    [47 * H, "in 47 hours"],
    [48 * H, "in 2 days"],
    [71 * H, "in 2 days"],
    [9 * 24 * H, "in 9 days"],
    [-5 * H, "overdue by 5 hours"],
    [-(5 * H + 40 * MIN), "overdue by 5 hours"],
    [-MIN, "overdue by 1 minute"],
    [-3 * 24 * H, "overdue by 3 days"],
  ])("%d ms from now is %j", (offset, text) => {
    expect(formatRelative(now + offset, now)).toBe(text);
  });
});
