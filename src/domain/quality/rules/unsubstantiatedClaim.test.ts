import { describe, expect, it } from "vitest";
import type { Draft } from "../../draft/schema.ts";
import { draftOf, rootCause } from "../testDrafts.ts";
import { unsubstantiatedClaim } from "./unsubstantiatedClaim.ts";

function withDescription(kind: Draft["kind"], incidentDescription: string): Draft {
  const draft = draftOf(kind);
  return { ...draft, summary: { ...draft.summary, incidentDescription } };
}

describe("unsubstantiatedClaim", () => {
  it.each([
    ["There is no security impact due to this issue.", "no security impact"],
    ["The certificates posed no risk to relying parties.", "posed no risk"],
    ["This does not pose any security risk.", "does not pose any security risk"],
    ["The field cannot be exploited by an attacker.", "cannot be exploited"],
    ["No relying parties were affected.", "No relying parties were affected"],
    ["The certificates are completely safe.", "completely safe"],
    ["There is no risk to subscribers.", "no risk to subscribers"],
  ])("flags %j", (text, phrase) => {
    const warnings = unsubstantiatedClaim(withDescription("preliminary", text));
    expect(warnings).toEqual([
      {
        rule: "unsubstantiated-claim",
        path: "summary.incidentDescription",
        message: `“${phrase}” is a claim a reader cannot verify. Support it with data (what was checked, how, with what result) or describe the possible impact instead.`,
        guideline:
          "“Avoid making claims that are speculative or that cannot be corroborated (e.g. \"there is no security impact due to this issue.\")” (CCADB Incident Reporting Guidelines v3.2, Are there examples of \"bad\" practices?)",
      },
    ]);
  });

  it.each([
    "We cannot rule out that there is no security impact, and we are still investigating.",
    "We cannot yet determine whether relying parties were affected.",
    "The security impact is being assessed; we will report by 2025-03-10.",
    "No certificates issued after 2025-03-04 contain the field (checked in CT logs).",
    "The risk to relying parties is that a name constraint is not enforced.",
  ])("does not flag %j", (text) => {
    expect(unsubstantiatedClaim(withDescription("full", text))).toEqual([]);
  });

  it("reads every shown field and reports each at its path", () => {
    const draft: Draft = {
      ...withDescription("full", "There is no security impact."),
      rootCauses: [rootCause("rc1", { interaction: "It could not be exploited." })],
    };
    expect(unsubstantiatedClaim(draft).map((w) => w.path)).toEqual(["summary.incidentDescription", "rootCauses[0].interaction"]);
  });

  it("does not read sections the kind does not show", () => {
    const draft: Draft = { ...draftOf("preliminary"), rootCauses: [rootCause("rc1", { description: "No security impact." })] };
    expect(unsubstantiatedClaim(draft)).toEqual([]);
  });
});
