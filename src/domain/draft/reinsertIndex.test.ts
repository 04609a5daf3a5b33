import { describe, expect, it } from "vitest";
import { placeOf, reinsertIndex } from "./reinsertIndex.ts";

describe("reinsertIndex", () => {
  it("puts an item back where it was", () => {
    expect(reinsertIndex(["a", "c"], placeOf(["a", "b", "c"], 1))).toBe(1);
  });
  it("brings two neighbours removed one after the other back in their order, undone in either order", () => {
    const b = placeOf(["a", "b", "c", "d"], 1);
    const c = placeOf(["a", "c", "d"], 1);
    // b first (c is gone: after a), then c (before d).
    expect(reinsertIndex(["a", "d"], b)).toBe(1);
    expect(reinsertIndex(["a", "b", "d"], c)).toBe(2);
    // c first (before d), then b (before c).
    expect(reinsertIndex(["a", "d"], c)).toBe(1);
    expect(reinsertIndex(["a", "c", "d"], b)).toBe(1);
  });
  it("keeps items added since", () => {
    expect(reinsertIndex(["a", "c", "d", "new"], placeOf(["a", "b", "c", "d"], 1))).toBe(1);
    expect(reinsertIndex(["new", "a", "c"], placeOf(["a", "b", "c"], 1))).toBe(2);
  });
  it("follows a neighbour that moved, and falls back to the old index", () => {
    expect(reinsertIndex(["c", "a"], placeOf(["a", "b", "c"], 1))).toBe(0);
    expect(reinsertIndex(["a", "x"], placeOf(["a", "b", "c"], 1))).toBe(1);
    expect(reinsertIndex(["x", "c"], placeOf(["a", "b", "c"], 1))).toBe(1);
    expect(reinsertIndex(["x"], placeOf(["a", "b", "c"], 1))).toBe(1);
    expect(reinsertIndex([], placeOf(["a", "b", "c"], 2))).toBe(0);
  });
});
