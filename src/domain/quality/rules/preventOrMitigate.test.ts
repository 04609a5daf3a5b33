import { describe, expect, it } from "vitest";
import { actionItem, draftOf } from "../testDrafts.ts";
import { preventOrMitigate } from "./preventOrMitigate.ts";

describe("preventOrMitigate", () => {
  it("warns when every active item is Detect or unclassified", () => {
    const draft = draftOf("full", {
      actionItems: [actionItem("a1", { kind: "Detect" }), actionItem("a2", { kind: "" }), actionItem("a3", { kind: "Prevent", status: "Canceled" })],
    });
    expect(preventOrMitigate(draft)).toEqual([
      {
        rule: "prevent-or-mitigate",
        path: "actionItems",
        message:
          "No action item is of kind Prevent or Mitigate. Detecting a recurrence is not enough: add items that keep it from happening again or reduce its impact.",
        guideline:
          "“CA Owners are encouraged to propose action items in all three categories, with an emphasis on Prevent and Mitigate.” (CCADB Incident Reporting Guidelines v3.2, Action Items)",
      },
    ]);
  });

  it.each(["Prevent", "Mitigate"] as const)("is satisfied by one %s item", (kind) => {
    const draft = draftOf("full", { actionItems: [actionItem("a1", { kind: "Detect" }), actionItem("a2", { kind })] });
    expect(preventOrMitigate(draft)).toEqual([]);
  });

  it("leaves an empty plan and other kinds of report alone", () => {
    expect(preventOrMitigate(draftOf("full"))).toEqual([]);
    expect(preventOrMitigate(draftOf("preliminary", { actionItems: [actionItem("a1", { kind: "Detect" })] }))).toEqual([]);
    expect(preventOrMitigate(draftOf("closure", { actionItems: [actionItem("a1", { kind: "Detect" })] }))).toEqual([]);
  });
});
