import { describe, expect, it } from "vitest";
import type { Draft } from "../../draft/schema.ts";
import { draftOf } from "../testDrafts.ts";
import { initialReportMusts } from "./initialReportMusts.ts";

function preliminary(incidentDescription: string, patch: Partial<Draft> = {}): Draft {
  const d = draftOf("preliminary", patch);
  return { ...d, summary: { ...d.summary, incidentDescription } };
}

describe("initial-report-musts", () => {
  it("flags a CA Owner's first Preliminary report that says neither how many certificates nor whether it is contained", () => {
    const warnings = initialReportMusts(preliminary("Some EV certificates have a Business Category value the EV Guidelines do not allow."));
    expect(warnings.map((w) => w.path)).toEqual(["summary.incidentDescription", "summary.incidentDescription"]);
    expect(warnings[0].message).toMatch(/does not say how many certificates are affected\. Give the then-known count/);
    expect(warnings[1].message).toMatch(/does not say whether the incident is contained or ongoing\. Say which, and why/);
    expect(warnings[0].guideline).toContain("accurately disclose the impact of the incident");
  });

  it("flags only the missing one", () => {
    const warnings = initialReportMusts(preliminary("We issued 1,238 EV certificates with a Business Category value the EV Guidelines do not allow."));
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/contained or ongoing/)]);
  });

  it.each([
    "We issued 1,238 EV certificates with a free-text Business Category. EV issuance was stopped on 2025-09-17 at 10:15 UTC; the incident is contained.",
    "No certificate is affected: our CRL expired for six hours. The CRL has since been re-issued, so the problem no longer occurs.",
    "Twelve TLS certificates carry a 399-day validity. Issuance from the CA is still ongoing while we investigate.",
  ])("leaves a description that gives both alone: %s", (text) => {
    expect(initialReportMusts(preliminary(text))).toEqual([]);
  });

  it("owes nothing for a third party's report, a report after the first, or a Full report", () => {
    const text = "Some EV certificates are wrong.";
    expect(initialReportMusts(preliminary(text, { author: "third-party" }))).toEqual([]);
    expect(initialReportMusts(preliminary(text, { incident: { posted: [{ kind: "preliminary", at: "2025-09-18T10:00Z" }], questions: [] } }))).toEqual([]);
    expect(initialReportMusts({ ...preliminary(text), kind: "full" })).toEqual([]);
    // An update comment posted does not make the report a later one.
    expect(initialReportMusts(preliminary(text, { incident: { posted: [{ kind: "update", at: "2025-09-18T10:00Z" }], questions: [] } }))).toHaveLength(2);
  });
});
