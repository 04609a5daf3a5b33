import { describe, expect, it } from "vitest";
import { isUpdateComment, listsActionItemChanges } from "./updateComment.ts";

describe("update comments", () => {
  it("are recognised by their first line, as the app renders them and as CAs write them", () => {
    for (const text of ["## Update (2025-03-14)\n\n### Action Items", "Weekly Update\n\nAll on track.", "**Incident update - 2025-03-14**\n\ntext", "\n\nUpdate: the fix is deployed.", "# Bi-weekly update"]) {
      expect(isUpdateComment(text), text).toBe(true);
    }
    for (const text of ["Please update the Whiteboard.", "We will post an update next week.", "", "Updated the Full report below."]) {
      expect(isUpdateComment(text), text).toBe(false);
    }
  });

  it("list action-item changes in an Action Items part, or in a line naming a changed item", () => {
    expect(listsActionItemChanges("## Update (2025-03-14)\n\n### Action Items\n\nNo changes to the action items since our last update.\n\n### Timeline\n\n- 2025-03-13: x")).toBe(false);
    expect(listsActionItemChanges("## Update\n\n### Action Items\n\n| Action Item | Change |\n| --- | --- |\n| Action Item #1 | Status changed |\n\n### Timeline")).toBe(true);
    expect(listsActionItemChanges("Weekly update\n\nAction Item #3 is now complete.")).toBe(true);
    expect(listsActionItemChanges("Weekly update\n\nNothing new; monitoring continues.")).toBe(false);
  });
});
