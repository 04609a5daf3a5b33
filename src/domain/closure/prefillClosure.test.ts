import { describe, expect, it } from "vitest";
import type { Draft } from "../draft/schema.ts";
import { actionItem, draftOf, rootCause } from "../quality/testDrafts.ts";
import { prefillClosure } from "./prefillClosure.ts";

const base = draftOf("full");

describe("prefillClosure", () => {
  it("condenses the report into the four Closure Summary fields", () => {
    const draft: Draft = {
      ...base,
      summary: { ...base.summary, incidentDescription: "  We issued 12 certificates with an extra extension.\n\nThey are revoked.  " },
      rootCauses: [
        rootCause("rc1", { title: "Profile edited by hand.", description: "The profile was edited by hand. Nobody reviewed it.\nMore text." }),
        rootCause("rc2", { title: "", description: "- No lint checked the extension; it was new." }),
        rootCause("rc3", { title: "Missing test", description: "" }),
      ],
      actionItems: [
        actionItem("a1", { description: "Add a pre-issuance lint.", kind: "Prevent", status: "Complete" }),
        actionItem("a2", { description: "Review profiles\nby two people", kind: "Mitigate", status: "Complete" }),
        actionItem("a3", { description: "Dropped idea", status: "Canceled" }),
      ],
    };
    expect(prefillClosure(draft)).toEqual({
      incidentDescription: "We issued 12 certificates with an extra extension.\n\nThey are revoked.",
      rootCauses: [
        "- Profile edited by hand: The profile was edited by hand.",
        "- No lint checked the extension; it was new.",
        "- Missing test",
      ].join("\n"),
      remediationDescription: ["- Add a pre-issuance lint (Prevent, Complete)", "- Review profiles by two people (Mitigate, Complete)"].join("\n"),
      commitmentSummary: "",
    });
  });

  it("lists periodic or continuous action items as commitments", () => {
    const draft: Draft = {
      ...base,
      actionItems: [
        actionItem("a1", { description: "Add a lint" }),
        actionItem("a2", { description: "Review all profiles quarterly" }),
        actionItem("a3", { description: "Run the corpus check every 6 months" }),
      ],
    };
    expect(prefillClosure(draft).commitmentSummary).toBe("- Review all profiles quarterly\n- Run the corpus check every 6 months");
  });

  it("leaves fields empty when the report has nothing to draw from", () => {
    expect(prefillClosure(base)).toEqual({ incidentDescription: "", rootCauses: "", remediationDescription: "", commitmentSummary: "" });
  });
});
