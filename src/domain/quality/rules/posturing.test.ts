import { describe, expect, it } from "vitest";
import type { Draft } from "../../draft/schema.ts";
import { draftOf } from "../testDrafts.ts";
import { posturing } from "./posturing.ts";

function withAnalysis(text: string): Draft {
  const draft = draftOf("full");
  return { ...draft, impact: { ...draft.impact, additionalConsiderations: text } };
}

const messages = (text: string) => posturing(withAnalysis(text)).map((w) => w.message);

describe("posturing", () => {
  it.each([
    ["The incident was caused by the subscriber's error.", "caused by the subscriber's error"],
    ["This was not our fault.", "was not our fault"],
    ["The outage was beyond our control.", "beyond our control"],
    ["The requirements were ambiguous about this field.", "The requirements were ambiguous"],
    ["Issuance failed due to a vendor bug; it was the vendor's fault.", "the vendor's fault"],
  ])("flags blame: %j", (text, phrase) => {
    expect(messages(text)).toEqual([
      `“${phrase}” may read as blaming others. State what your own systems or processes failed to catch, and accept responsibility for it.`,
    ]);
  });

  it.each([
    ["Only a small number of certificates were affected.", "Only a small"],
    ["This is merely a formatting difference.", "merely"],
    ["It is a minor issue with no consequences.", "minor issue"],
    ["The deviation is purely technical.", "purely technical"],
    ["We consider this a technicality.", "technicality"],
    ["The incident is of low severity.", "low severity"],
    ["This is not a serious issue.", "not a serious issue"],
  ])("flags downplaying: %j", (text, phrase) => {
    expect(messages(text)).toEqual([
      `“${phrase}” may read as downplaying the incident. Describe its scope and implications with facts and let readers judge the severity.`,
    ]);
  });

  it.each([
    "Only certificates issued after 2025-01-01 are affected.",
    "We only learned of the issue on 2025-03-04.",
    "Our CPS was unclear about the field, and we have rewritten section 7.1.",
    "The subscriber reported the problem to us; our linter had not checked the field.",
    "We follow a blameless postmortem process.",
    "A minor version of the library changed the encoding.",
  ])("does not flag %j", (text) => {
    expect(messages(text)).toEqual([]);
  });

  it("quotes the guidelines' Posturing bullet points", () => {
    expect(posturing(withAnalysis("Not our fault."))[0].guideline).toBe(
      "“Avoid blaming others or external factors. Resist downplaying the severity or implications of the incident.” (CCADB Incident Reporting Guidelines v3.2, Are there examples of \"bad\" practices?)",
    );
  });
});
