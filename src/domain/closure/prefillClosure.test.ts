import { describe, expect, it } from "vitest";
import type { Draft } from "../draft/schema.ts";
import { actionItem, draftOf, rootCause } from "../quality/testDrafts.ts";
import { prefillClosure, prefillClosureWithNotes } from "./prefillClosure.ts";

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
      incidentDescription: "We issued 12 certificates with an extra extension.\n\nThey were revoked.",
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

  it("writes for a closed incident: past tense, no future sentences (listed instead), no references to sections the Closure lacks", () => {
    const draft: Draft = {
      ...base,
      summary: { ...base.summary, incidentDescription: "Issuance of OV certificates is stopped. 1,190 certificates will be revoked late (see Analysis)." },
      rootCauses: [rootCause("rc1", { title: "Linter gap", description: "The linter is not run on OV profiles (see the Timeline)." })],
    };
    const { closure, leftOut } = prefillClosureWithNotes(draft);
    expect(closure.incidentDescription).toBe("Issuance of OV certificates was stopped.");
    expect(closure.rootCauses).toBe("- Linter gap: The linter was not run on OV profiles.");
    expect(leftOut).toEqual(["1,190 certificates will be revoked late (see Analysis)."]);
    expect(JSON.stringify(closure)).not.toMatch(/Analysis|Timeline/);
  });

  it("leaves fields empty when the report has nothing to draw from", () => {
    expect(prefillClosure(base)).toEqual({ incidentDescription: "", rootCauses: "", remediationDescription: "", commitmentSummary: "" });
  });
});
