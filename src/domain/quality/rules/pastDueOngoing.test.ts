import { describe, expect, it } from "vitest";
import { actionItem, draftOf } from "../testDrafts.ts";
import { pastDueOngoing } from "./pastDueOngoing.ts";

const at = (iso: string) => Date.parse(iso);
const draft = draftOf("full", {
  actionItems: [
    actionItem("a1", { dueDate: "2025-03-04", status: "Ongoing" }),
    actionItem("a2", { dueDate: "2025-03-01", status: "Delayed" }),
    actionItem("a3", { dueDate: "2025-03-01", status: "Complete" }),
    actionItem("a4", { dueDate: "2025-03-10", status: "Ongoing" }),
    actionItem("a5", { dueDate: "next month", status: "Ongoing" }),
  ],
});

describe("pastDueOngoing", () => {
  it("is not past due during the due day (UTC)", () => {
    expect(pastDueOngoing(draft, { now: at("2025-03-04T23:59:59Z"), renderedLength: 0 })).toEqual([]);
  });

  it("is past due from 00:00 UTC the next day, for Ongoing items only", () => {
    expect(pastDueOngoing(draft, { now: at("2025-03-05T00:00:00Z"), renderedLength: 0 })).toEqual([
      {
        rule: "past-due-ongoing",
        path: "actionItems[0].status",
        message: "Action Item #1 is still “Ongoing” but was due on 2025-03-04. Mark it “Delayed” and explain why in an update, or “Complete” if it is done.",
        guideline:
          "“Describe the status of the action item using either \"Ongoing\", \"Complete\", \"Delayed\", or \"Canceled\".” (CCADB Incident Reporting Guidelines v3.2, Action Items)",
      },
    ]);
  });

  it("only reviews Full reports", () => {
    expect(pastDueOngoing({ ...draft, kind: "closure" }, { now: at("2026-01-01T00:00Z"), renderedLength: 0 })).toEqual([]);
  });
});
