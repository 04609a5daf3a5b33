import { describe, expect, it } from "vitest";
import { parseBugNumber, parseCount } from "./numberParsers.ts";

describe("numeric inputs", () => {
  it("read certificate counts with or without separators", () => {
    expect(parseCount("1,250")).toBe(1250);
    expect(parseCount(" 12 ")).toBe(12);
    expect(parseCount("12a")).toBeNull();
    expect(parseCount("-3")).toBeNull();
  });

  it("read bug numbers, also from a pasted Bugzilla URL", () => {
    expect(parseBugNumber("1900129")).toBe(1900129);
    expect(parseBugNumber("Bug 1900129")).toBe(1900129);
    expect(parseBugNumber("https://bugzilla.mozilla.org/show_bug.cgi?id=1886876")).toBe(1886876);
    expect(parseBugNumber("0")).toBeNull();
    expect(parseBugNumber("abc")).toBeNull();
  });
});
