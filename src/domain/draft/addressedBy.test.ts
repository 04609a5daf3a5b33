import { describe, expect, it } from "vitest";
import { actionItemsAddressing, addressedByNote } from "./addressedBy.ts";

const items = [{ addresses: ["c1"] }, { addresses: ["c2"] }, { addresses: ["c1", "l1"] }];

describe("action items addressing an item", () => {
  it("names them as the report does, in order", () => {
    expect(actionItemsAddressing(items, "c1")).toEqual(["Action Item #1", "Action Item #3"]);
    expect(actionItemsAddressing(items, "zz")).toEqual([]);
  });
  it("says nothing when no action item points at it", () => {
    expect(addressedByNote(items, "zz")).toBe("");
    expect(addressedByNote(items, "c2")).toBe("Action Item #2 points at it: Undo restores the link.");
    expect(addressedByNote(items, "c1")).toBe("Action Item #1 and Action Item #3 point at it: Undo restores the links.");
  });
});
