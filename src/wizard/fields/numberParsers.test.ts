import { describe, expect, it } from "vitest";
import { NUMBER_INPUTS, parseCount } from "./numberParsers.ts";

describe("numeric inputs", () => {
  it("read certificate counts with or without separators", () => {
    expect(parseCount("1,250")).toBe(1250);
    expect(parseCount(" 12 ")).toBe(12);
    expect(parseCount("12a")).toBeNull();
    expect(parseCount("-3")).toBeNull();
  });

  it("read bug numbers with the draft's parser, also from a pasted Bugzilla URL", () => {
    expect(NUMBER_INPUTS.bug.parse("Bug 1900129")).toBe(1900129);
    expect(NUMBER_INPUTS.bug.parse("https://bugzilla.mozilla.org/show_bug.cgi?id=1886876")).toBe(1886876);
    expect(NUMBER_INPUTS.bug.parse("0")).toBeNull();
  });
});
