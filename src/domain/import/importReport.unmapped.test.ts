/** What cannot be placed is listed with its line; what is not a report is refused. */
import { describe, expect, it } from "vitest";
import { importReport } from "./importReport.ts";

function unmappedOf(markdown: string) {
  const result = importReport(markdown);
  if ("notAReport" in result) throw new Error(`not a report: ${result.reason}`);
  return result;
}

describe("unmapped parts", () => {
  it("lists stray paragraphs, unknown labels and headings, with their line numbers", () => {
    const { draft, unmapped } = unmappedOf(`## Full Incident Report

Thanks to everyone who helped.

### Summary

- **Incident description:** OCSP outage.
- **Reporter:** Alice
- **Relevant policies:** BR 4.9.10

We will update this bug next week.

### Notes

Internal ticket INC-42.

### Impact

- Total: 3 certificates
- **Total number of certificates:** about a dozen
- **Source of incident disclosure:** Self Reported
`);
    expect(draft.summary.incidentDescription).toBe("OCSP outage.");
    expect(draft.summary.relevantPolicies).toBe("BR 4.9.10");
    expect(draft.impact.totalCertificates).toBeNull();
    // A value that does not fit its type is kept as written, not set aside.
    expect(draft.impact.asWritten).toEqual({ totalCertificates: "about a dozen" });
    expect(unmapped).toEqual([
      { line: 3, heading: "Full Incident Report", text: "Thanks to everyone who helped.", reason: "text under no section of the template" },
      { line: 8, heading: "Summary", text: "- **Reporter:** Alice", reason: '"Reporter" is not a field of Summary' },
      { line: 11, heading: "Summary", text: "We will update this bug next week.", reason: "text outside the Summary fields" },
      { line: 15, heading: "Notes", text: "Internal ticket INC-42.", reason: "a section that is not part of the template" },
      { line: 19, heading: "Impact", text: "- Total: 3 certificates", reason: '"Total" is not a field of Impact' },
      { line: 21, heading: "Impact", text: "- **Source of incident disclosure:** Self Reported", reason: '"Source of incident disclosure" is not a field of Impact' },
    ]);
  });

  it("lists references to items the report does not have, and unknown columns", () => {
    const { draft, unmapped } = unmappedOf(`## Full Incident Report

### Root Cause Analysis

**Contributing Factor #1: One**
- **Description:** x

### Action Items

| Action Item | Kind | Corresponding Root Cause(s) | Evaluation Criteria | Due Date | Status | Owner |
| --- | --- | --- | --- | --- | --- | --- |
| Fix it | Prevent | Contributing Factor #1, Contributing Factor #4, the weather | Audit | 2025-01-01 | Soon | Bob |
`);
    // A Status in the report's own words stays in its field, as written.
    expect(draft.actionItems[0]).toMatchObject({ description: "Fix it", addresses: ["c1"], status: "", asWritten: { status: "Soon" } });
    expect(unmapped).toEqual([
      { line: 12, heading: "Action Items", text: "the weather", reason: "not a contributing factor or lesson of this report (Corresponding Root Cause(s))" },
      { line: 12, heading: "Action Items", text: "Bob", reason: 'column "Owner" is not part of Action Items' },
      { line: 12, heading: "Action Items", text: "Contributing Factor #4", reason: "there is no Contributing Factor #4 in this report" },
    ]);
  });

  it("lists a section given twice, and keeps a second, emptier report aside", () => {
    const { unmapped } = unmappedOf(`## Preliminary Incident Report

### Summary

- **Incident description:** First.

### Summary

- **Incident description:** Second.

## Full Incident Report
`);
    expect(unmapped).toEqual([
      { line: 9, heading: "Summary", text: "- **Incident description:** Second.", reason: 'a second "Summary" section' },
      {
        line: 11,
        heading: "Full Incident Report",
        text: "## Full Incident Report",
        reason: "another report in this paste (Full Incident Report, line 11); the Preliminary Incident Report was read",
      },
    ]);
  });
});

describe("not a report", () => {
  it.each([
    ["an empty text", ""],
    ["blank lines only", " \n\n\t\n"],
  ])("%s: refused, saying what was looked for", (_, markdown) => {
    const result = importReport(markdown);
    expect(result).toEqual({ notAReport: true, reason: expect.stringMatching(/none of the report headings \(## Preliminary Incident Report, ## Full Incident Report, ### Report Closure Summary, ## Incident Report \(v2.0\)\), the template's labels/) });
  });

  it.each([
    ["a comment", "Thanks, we are looking into it.\n\n- point one\n", "Thanks, we are looking into it.\n\n- point one"],
    ["a report heading inside a code block's indentation", "    ## Full Incident Report\n", "## Full Incident Report"],
  ])("%s: read as free text, a Preliminary whose Incident description holds it all", (_, markdown, description) => {
    const result = importReport(markdown);
    if ("notAReport" in result) throw new Error(result.reason);
    expect(result.freeText).toBe(true);
    expect(result.draft.kind).toBe("preliminary");
    expect(result.draft.summary.incidentDescription).toBe(description);
    expect(result.unmapped).toEqual([]);
  });

  it("sections without a report heading: read as the report they are", () => {
    const result = importReport("### Summary\n\n- **Incident description:** x\n- **Source of incident disclosure:** Audit\n");
    if ("notAReport" in result) throw new Error(result.reason);
    expect(result.freeText).toBeUndefined();
    expect(result.headingSupplied).toBe(true);
    expect(result.draft.summary).toMatchObject({ incidentDescription: "x", source: "Audit" });
    expect(result.unmapped).toEqual([]);
  });
});
