import { describe, expect, it } from "vitest";
import { inOrder } from "./inOrder.ts";

describe("inOrder", () => {
  it("puts items back in a saved order, keeping their current contents and new items after", () => {
    const now = [
      { id: "b", text: "B, edited after the sort" },
      { id: "new", text: "added after the sort" },
      { id: "a", text: "A" },
      { id: "c", text: "C" },
    ];
    expect(inOrder(now, ["c", "a", "gone", "b"]).map((item) => item.text)).toEqual(["C", "A", "B, edited after the sort", "added after the sort"]);
  });
});
