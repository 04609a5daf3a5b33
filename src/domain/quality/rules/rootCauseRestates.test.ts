import { describe, expect, it } from "vitest";
import { draftOf, rootCause } from "../testDrafts.ts";
import { rootCauseRestates } from "./rootCauseRestates.ts";

const incident = "We issued 1,238 EV TLS certificates whose businessCategory attribute held free text instead of one of the four allowed values.";

function full(description: string) {
  const d = draftOf("full");
  return { ...d, summary: { ...d.summary, incidentDescription: incident }, rootCauses: [rootCause("rc1", { description })] };
}

describe("root-cause-restates", () => {
  it("flags a description that repeats the incident description", () => {
    const [w] = rootCauseRestates(full("EV TLS certificates were issued whose businessCategory attribute held free text."));
    expect(w.path).toBe("rootCauses[0].description");
    expect(w.message).toMatch(/^Contributing Factor #1’s description repeats the incident description rather than why it happened\. Describe the condition/);
  });

  it("flags a symptom with no word of a cause", () => {
    const [w] = rootCauseRestates(full("Certificates with an invalid Business Category value were issued to 40 subscribers over three months."));
    expect(w.message).toContain("describes the symptom (“Certificates with an invalid Business Category value were issued”)");
    expect(w.guideline).toContain("Focus on the \"why,\" not just the \"what\"");
  });

  it.each([
    ["a mechanism", "The redesigned validation form let staff type the Business Category instead of choosing it from the four allowed values."],
    ["a cause word", "Certificates were issued with free text because the form's drop-down list was replaced by a text box."],
    ["a missing safeguard", "EV subject attributes were never linted before issuance: the EV lints had been disabled in 2023."],
    ["a short title-like description", "Free-text form field"],
  ])("leaves a description that says why alone (%s)", (_case, description) => {
    expect(rootCauseRestates(full(description))).toEqual([]);
  });

  it("reads only Full reports", () => {
    expect(rootCauseRestates({ ...full("We issued certificates with an invalid Business Category value."), kind: "closure" })).toEqual([]);
  });
});
