import { describe, expect, it } from "vitest";
import { actionItem, draftOf } from "../testDrafts.ts";
import { criteriaProblem, evaluationCriteria } from "./evaluationCriteria.ts";

describe("evaluationCriteria", () => {
  it.each(["N/A", "TBD", "Done", "No recurrence", "No further incidents", "We will monitor", "Ongoing monitoring of issuance logs", "Works as expected", "Effective"])(
    "finds %j vague",
    (text) => expect(criteriaProblem(text)).toBe("vague"),
  );

  it.each([
    "Zero certificates with the extension in CT logs issued after 2025-06-01",
    "The updated CPS section 4.9 is published at https://example.com/cps",
    "pkilint reports no findings on the test corpus",
    "Next annual audit statement shows no qualification",
    "A test certificate request with the field is rejected by the profile check",
    "We will monitor the weekly lint report and publish the count of findings",
  ])("finds %j measurable", (text) => expect(criteriaProblem(text)).toBeNull());

  it("warns on missing and vague criteria with the item's number", () => {
    const draft = draftOf("full", {
      actionItems: [
        actionItem("a1"),
        actionItem("a2", { evaluationCriteria: "" }),
        actionItem("a3", { evaluationCriteria: " No recurrence " }),
        actionItem("a4", { evaluationCriteria: "", status: "Canceled" }),
      ],
    });
    expect(evaluationCriteria(draft)).toEqual([
      {
        rule: "evaluation-criteria",
        path: "actionItems[1].evaluationCriteria",
        message:
          "Action Item #2 has no evaluation criteria. Say how you, and if possible the public, will measure that it addresses the root cause (CT log data, audit statements, published policy).",
        guideline:
          "“Describe how the CA Owner will measure the effectiveness of the Action Item in addressing the Root Cause.” (CCADB Incident Reporting Guidelines v3.2, Action Items)",
      },
      {
        rule: "evaluation-criteria",
        path: "actionItems[2].evaluationCriteria",
        message:
          "Action Item #3’s evaluation criteria “No recurrence” are vague or not measurable. Name the evidence and the threshold, preferably publicly verifiable.",
        guideline:
          "“Describe how the CA Owner will measure the effectiveness of the Action Item in addressing the Root Cause.” (CCADB Incident Reporting Guidelines v3.2, Action Items)",
      },
    ]);
  });

  it("does not review action items of a preliminary report", () => {
    expect(evaluationCriteria(draftOf("preliminary", { actionItems: [actionItem("a1", { evaluationCriteria: "" })] }))).toEqual([]);
  });
});
