import { describe, expect, it } from "vitest";
import { actionItem, draftOf } from "../quality/testDrafts.ts";
import { changedActionItems } from "./changedActionItems.ts";

describe("changedActionItems", () => {
  const posted = draftOf("full", {
    actionItems: [actionItem("a1"), actionItem("a2"), actionItem("a3", { description: "Old item" })],
  });

  it("matches by id: reordering is not a change, whitespace is not a change", () => {
    const current = draftOf("full", {
      actionItems: [actionItem("a3", { description: " Old item " }), actionItem("a1"), actionItem("a2")],
    });
    expect(changedActionItems(current, posted)).toEqual([]);
  });

  it("lists changed, new and removed items with report numbers", () => {
    const current = draftOf("full", {
      actionItems: [
        actionItem("a1", { status: "Complete" }),
        actionItem("a4", { description: "New item" }),
        actionItem("a2", { dueDate: "2025-07-01", status: "Delayed" }),
      ],
    });
    expect(changedActionItems(current, posted)).toEqual([
      { change: "changed", id: "a1", number: 1, item: current.actionItems[0], fields: [{ field: "status", from: "Ongoing", to: "Complete" }] },
      { change: "added", id: "a4", number: 2, item: current.actionItems[1] },
      {
        change: "changed",
        id: "a2",
        number: 3,
        item: current.actionItems[2],
        fields: [
          { field: "dueDate", from: "2025-06-01", to: "2025-07-01" },
          { field: "status", from: "Ongoing", to: "Delayed" },
        ],
      },
      { change: "removed", id: "a3", number: 3, item: posted.actionItems[2] },
    ]);
  });

  it("treats every item as new without a posted snapshot", () => {
    expect(changedActionItems(posted, null).map((c) => `${c.change} ${c.number}`)).toEqual(["added 1", "added 2", "added 3"]);
  });
});
