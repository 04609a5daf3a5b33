import { describe, expect, it } from "vitest";
import type { Draft } from "../draft/schema.ts";
import { actionItem, draftOf } from "../quality/testDrafts.ts";
import { closureChecklist } from "./closureChecklist.ts";

const now = Date.parse("2025-06-15T00:00Z");
const filled = { incidentDescription: "x", rootCauses: "y", remediationDescription: "z", commitmentSummary: "N/A" };

describe("closureChecklist", () => {
  it("is all done when every item is Complete or Canceled and the author ticked the rest", () => {
    const draft: Draft = draftOf("closure", {
      actionItems: [actionItem("a1", { status: "Complete" }), actionItem("a2", { status: "Canceled" })],
      closure: filled,
    });
    const checks = closureChecklist(draft, now, { noOpenQuestions: true, informationRequested: true });
    expect(checks.map((c) => [c.id, c.done])).toEqual([
      ["action-items", true],
      ["no-open-questions", true],
      ["closure-summary", true],
      ["request-information", true],
    ]);
    expect(checks[0].detail).toBe("All 2 action items are Complete or Canceled.");
    expect(checks[3]).toEqual({
      id: "request-information",
      label: "When posting, tick “Request information from” and add incident-reporting@ccadb.org",
      done: true,
      detail:
        "“When all Action Items are complete and no outstanding comments or questions remain, CA Owners MUST (1) request closure in a Bugzilla comment using the template below and (2) select the \"Request information from\" checkbox and add incident-reporting [at] ccadb [dot] org.” (CCADB Incident Reporting Guidelines v3.2, How are reports closed?)",
    });
  });

  it("names the open action items, the past-due ones, and the empty summary fields", () => {
    const draft: Draft = draftOf("closure", {
      actionItems: [
        actionItem("a1", { status: "Complete" }),
        actionItem("a2", { status: "Ongoing", dueDate: "2025-06-14" }),
        actionItem("a3", { status: "Delayed", dueDate: "2025-07-01" }),
        actionItem("a4", { status: "", dueDate: "" }),
      ],
      closure: { ...filled, rootCauses: " ", commitmentSummary: "" },
    });
    const checks = closureChecklist(draft, now, { noOpenQuestions: false });
    expect(checks[0]).toEqual({
      id: "action-items",
      label: "All action items are Complete or Canceled",
      done: false,
      detail: "Action Item #2 is Ongoing (due 2025-06-14, past due); Action Item #3 is Delayed (due 2025-07-01); Action Item #4 is without a status (no due date yet).",
    });
    expect(checks[1].done).toBe(false);
    expect(checks[2]).toEqual({
      id: "closure-summary",
      label: "The Closure Summary is filled in",
      done: false,
      detail: "Still empty: Incident Root Cause(s), Commitment summary.",
    });
    expect(checks[3].done).toBe(false);
  });

  it("is not done without any action item", () => {
    expect(closureChecklist(draftOf("closure"), now, { noOpenQuestions: true })[0]).toMatchObject({ done: false, detail: "The report lists no action items." });
  });
});
