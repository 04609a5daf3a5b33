import { describe, expect, it } from "vitest";
import { bareLead, splitLead } from "./labels.ts";

const LABELS = [["Incident description"], ["Analysis"], ["Source of incident disclosure"]];

describe("labels as people write them", () => {
  it("without a colon: alone on the line, or before a value that starts with a capital or a digit", () => {
    expect(bareLead("Incident description", LABELS)).toEqual({ label: "Incident description", rest: "", bold: false });
    expect(bareLead("Incident Description Example PKI selected the wrong mode.", LABELS)).toMatchObject({ label: "Incident description", rest: "Example PKI selected the wrong mode." });
    expect(bareLead("**Source of incident disclosure** Audit", LABELS)).toMatchObject({ rest: "Audit" });
  });

  it("but not a sentence that starts with a label's words", () => {
    expect(bareLead("Analysis shows that the cache was stale.", LABELS)).toBeNull();
    expect(bareLead("incident description follows", LABELS)).toBeNull();
  });

  it("a question's colon is not part of its answer", () => {
    expect(splitLead("Was issuance stopped in response to this incident, and why or why not?: No, it was retired.", "lenient")).toMatchObject({ rest: "No, it was retired." });
  });
});
