/** Reports as CAs and community members write them by hand from the template. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DraftSchema } from "../draft/schema.ts";
import { exampleDraft } from "../examples/index.ts";
import { renderReport } from "../render/render.ts";
import { importReport, type ImportOptions } from "./importReport.ts";

function read(markdown: string, options?: ImportOptions) {
  const result = importReport(markdown, options);
  if ("notAReport" in result) throw new Error(`not a report: ${result.reason}`);
  expect(DraftSchema.safeParse(result.draft).success).toBe(true);
  return result;
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const HANDWRITTEN = fixture("handwritten-full.md");

describe("a Full report written by hand", () => {
  const { draft, unmapped } = read(HANDWRITTEN);

  it("reads the Summary: `*` bullets, colon outside the bold, four-space indentation, extra blank lines", () => {
    expect(draft.kind).toBe("full");
    expect(draft.summary).toEqual({
      ccadbId: "A000123",
      incidentDescription: "We issued 12 OV certificates with a misencoded organizationName.\n\nThe incident is contained.",
      nonComplianceStart: "2025-02-01T10:00:00Z",
      nonComplianceIdentified: "2025-02-03T08:15+01:00",
      nonComplianceEnd: "2025-02-04",
      nonComplianceEndExpected: true,
      relevantPolicies: "TLS BR 7.1.4.2",
      source: "Self Reported",
    });
  });

  it("reads the Impact: `+` bullets, 1,238, None, curly quotes, “Yes, …”, a missing optional field", () => {
    expect(draft.impact).toEqual({
      totalCertificates: 1238,
      remainingValidCertificates: "N/A",
      affectedCertificateTypes: "OV",
      incidentHeuristic: "All OV certificates issued in February.",
      issuanceStopped: "Yes",
      issuanceStoppedExplanation: "We stopped OV issuance for a day.",
      analysis: "N/A",
      additionalConsiderations: "",
    });
  });

  it("reads timeline entries with seconds, offsets, and without bold", () => {
    expect(draft.timeline).toEqual([
      { id: "t1", at: "2025-02-01T10:00:33Z", event: "Deployment of profile v7." },
      { id: "t2", at: "2025-02-03T07:15Z", event: "A subscriber reports the problem." },
      { id: "t3", at: "2025-02-03T09:00+01:00", event: "Issuance stopped." },
    ]);
  });

  it("reads bugs written as `Bug 123` and as plain URLs, and unescapes `\\|`", () => {
    expect(draft.relatedIncidents).toEqual([
      { id: "r1", bug: 1900001, date: "2024-05-01", description: "Similar encoding issue." },
      { id: "r2", bug: 1900002, date: "2024-06-01", description: "Another one, with a | pipe." },
    ]);
  });

  it("reads a factor titled by a heading, with its optional methodology missing", () => {
    expect(draft.rootCauses).toEqual([
      {
        id: "c1",
        title: "Profile change not linted",
        description: "The profile change skipped linting.",
        timeline: "Introduced 2025-01-30.",
        detection: "Caught by a subscriber.",
        interaction: "N/A",
        methodology: "",
      },
    ]);
  });

  it("reads “What went well?”, the straight apostrophe and “Other”", () => {
    expect(draft.lessons).toEqual({
      wentWell: [{ id: "l1", text: "Fast response." }],
      didNotGoWell: [{ id: "l2", text: "No lint on profile changes." }],
      gotLucky: [],
      additional: [{ id: "l3", text: "Documentation was unclear." }],
    });
  });

  it("turns “Root Cause # 1”, “What didn't go well #1” and “Other #1” into ids, and “Completed” into Complete", () => {
    expect(draft.actionItems).toEqual([
      {
        id: "a1",
        description: "Lint profile changes",
        kind: "Prevent",
        addresses: ["c1", "l2"],
        evaluationCriteria: "CT shows no misencoded names",
        dueDate: "2025-03-01",
        status: "Ongoing",
      },
      { id: "a2", description: "Rewrite docs", kind: "Mitigate", addresses: ["l3"], evaluationCriteria: "Docs published", dueDate: "2025-04-01", status: "Complete" },
    ]);
    expect(draft.appendix.text).toBe("See attachment.");
  });

  it("reports only the line before the report's heading", () => {
    expect(unmapped).toEqual([{ line: 1, heading: "", text: "Pasted from our internal tracker.", reason: "text before the report's heading" }]);
  });

  it("reads the same with CRLF line endings", () => {
    expect(read(HANDWRITTEN.replace(/\n/g, "\r\n"))).toEqual({ draft, unmapped });
  });
});

describe("the renderer's own output, changed the way people change it", () => {
  const original = renderReport(exampleDraft("full-misissuance-revocation-delay"));
  const expected = read(original).draft;

  it("reads the same with extra blank lines", () => {
    // Around headings and between labelled bullets; blank lines inside values are the user's text.
    const spaced = original.replace(/^(#+ .*)$/gm, "\n$1\n\n").replace(/\n([ \t]*- \*\*)/g, "\n\n\n$1");
    expect(spaced).not.toBe(original);
    expect(read(spaced)).toEqual({ draft: expected, unmapped: [] });
  });

  it("reads the same with `*` bullets", () => {
    // The template's bullets; a `- ` inside a value is the user's Markdown.
    const starred = original.replace(/^( *)- \*\*/gm, "$1* **");
    expect(read(starred)).toEqual({ draft: expected, unmapped: [] });
  });

  it("reads the same with CRLF and headings off by one `#`", () => {
    const edited = original.replace(/^### /gm, "#### ").replace(/^## /m, "# ").replace(/\n/g, "\r\n");
    expect(read(edited)).toEqual({ draft: expected, unmapped: [] });
  });

  it("reads the same with labels' colons outside the bold and values on the line below", () => {
    const edited = original.replace(/^([ \t]*- )\*\*([^*]+):\*\* (.+)$/gm, "$1**$2**:\n    $3");
    expect(read(edited)).toEqual({ draft: expected, unmapped: [] });
  });
});

describe("missing optional fields", () => {
  it("leaves them empty, and nothing is reported", () => {
    const { draft, unmapped } = read(`## Full Incident Report

### Summary

- **Incident description:** CRL expired.
- **Relevant policies:** BR 4.9.7

### Impact

- **Total number of certificates:** N/A
- **Total number of "remaining valid" certificates:** N/A

### Root Cause Analysis

**Contributing Factor #1: Scheduler in local time**
- **Description:** The job ran in local time.
`);
    expect(unmapped).toEqual([]);
    expect(draft.summary.ccadbId).toBe("");
    expect(draft.summary.nonComplianceStart).toBe("");
    expect(draft.summary.source).toBe("");
    expect(draft.impact.additionalConsiderations).toBe("");
    expect(draft.impact.issuanceStopped).toBe("");
    expect(draft.rootCauses).toEqual([{ id: "c1", title: "Scheduler in local time", description: "The job ran in local time.", timeline: "", detection: "", interaction: "", methodology: "" }]);
    expect(draft.timeline).toEqual([]);
    expect(draft.appendix.text).toBe("");
  });
});

describe("times", () => {
  it("with seconds, UTC, offsets and the T separator become DateTimes; a time with no zone stays as typed", () => {
    const { draft } = read(`## Full Incident Report

### Timeline

- **2025-03-04 17:20:45 UTC**: seconds
- **2025-03-04T17:21:05Z**: ISO with seconds
- **2025-03-04 19:22 +02:00**: offset
- **2025-03-04 19:23 UTC+2**: UTC plus hours
- **2025-03-04 17:24**: no zone
- **2025-03-05**: a date
`);
    expect(draft.timeline.map((e) => e.asWritten?.at ?? e.at)).toEqual([
      "2025-03-04T17:20:45Z",
      "2025-03-04T17:21:05Z",
      "2025-03-04T19:22+02:00",
      "2025-03-04T19:23+02:00",
      "2025-03-04 17:24",
      "2025-03-05",
    ]);
  });

  it("as a table with `| Date | Event |` or `| Time (UTC) | Description |`", () => {
    const { draft, unmapped } = read(`## Full Incident Report

### Timeline

| Date | Event |
|------|-------|
| 2025-03-04 17:20 UTC | Deployment. |
| 2025-03-04 17:45:10 UTC | A \\| in the event. |

| Time (UTC) | Description |
| :--- | :--- |
| 2025-03-05 08:00 | Rolled back. |
`);
    expect(unmapped).toEqual([]);
    expect(draft.timeline).toEqual([
      { id: "t1", at: "2025-03-04T17:20Z", event: "Deployment." },
      { id: "t2", at: "2025-03-04T17:45:10Z", event: "A | in the event." },
      { id: "t3", at: "2025-03-05T08:00Z", event: "Rolled back." },
    ]);
  });
});

describe("table values in the report's own words", () => {
  const { draft, unmapped } = read(`## Full Incident Report

### Related Incidents

| Bug | Date | Description |
| --- | --- | --- |
| our 2023 OCSP incident (no bug filed) | 2023-05 | The same responder. |

### Root Cause Analysis

**Contributing Factor #1: One**
- **Description:** x

### Action Items

| Action Item | Kind | Corresponding Root Cause(s) | Evaluation Criteria | Due Date | Status |
| --- | --- | --- | --- | --- | --- |
| Fix it | Preventive and detective | Contributing Factor #1 | Audit | 2025-01-01 | In review (awaiting the audit) |
`);

  it("keeps a Kind, a Status and a Bug it cannot read in their fields, as written", () => {
    expect(unmapped).toEqual([]);
    expect(draft.actionItems[0]).toMatchObject({ kind: "", status: "", asWritten: { kind: "Preventive and detective", status: "In review (awaiting the audit)" } });
    expect(draft.relatedIncidents[0]).toMatchObject({ bug: null, date: "2023-05", asWritten: { bug: "our 2023 OCSP incident (no bug filed)" } });
  });

  it("renders them back where they were", () => {
    const report = renderReport(draft);
    expect(report).toContain("| our 2023 OCSP incident (no bug filed) | 2023-05 | The same responder. |");
    expect(report).toContain("| Fix it | Preventive and detective | Contributing Factor #1 | Audit | 2025-01-01 | In review (awaiting the audit) |");
  });
});

describe("a report copied from the guidelines' template with a few fields filled in", () => {
  const { draft, unmapped } = read(fixture("template-full.md"));

  it("reads what was filled in and leaves the rest empty", () => {
    expect(draft.kind).toBe("full");
    expect(draft.summary).toMatchObject({
      ccadbId: "A000123",
      incidentDescription: "Our OCSP responder returned unknown for 20 minutes.",
      nonComplianceStart: "",
      relevantPolicies: "",
      source: "Self Reported",
    });
    expect(draft.impact).toMatchObject({ totalCertificates: "N/A", remainingValidCertificates: null, affectedCertificateTypes: "", analysis: "" });
    expect(draft.timeline.map((e) => e.at)).toEqual(["2025-05-06T10:20Z", "2025-05-06T10:40Z"]);
    expect(draft.rootCauses.map((c) => c.title)).toEqual(["Responder cache expired"]);
    expect(draft.lessons.wentWell).toEqual([{ id: "l1", text: "Monitoring paged within 5 minutes." }]);
    // The template's example row, with "Root Cause # 1".
    expect(draft.actionItems).toEqual([
      { id: "a1", description: "Example", kind: "Prevent", addresses: ["c1"], evaluationCriteria: "Criteria", dueDate: "2025-01-19", status: "" },
    ]);
  });

  it("reports the template's placeholders it cannot use", () => {
    expect(unmapped.map((u) => [u.line, u.reason])).toEqual([
      [33, "no Bugzilla bug number in the Bug column"],
      [55, "Status must be one of: Ongoing, Complete, Delayed, Canceled"],
    ]);
  });
});

describe("a Preliminary report written by a third party", () => {
  it("reads its three fields", () => {
    const { draft, unmapped } = read(
      `# Preliminary Incident Report

### Summary
* Incident description: Certificates from Example CA R3 are valid for 399 days, e.g.
  https://crt.sh/?id=123
* Relevant policies: TLS BR 6.3.2
* Source of incident disclosure: Third party
`,
      { author: "third-party", summaryLine: "Example CA: Certificates valid for 399 days" },
    );
    expect(unmapped).toEqual([]);
    expect(draft).toMatchObject({ kind: "preliminary", author: "third-party", caOwner: "Example CA", title: "Certificates valid for 399 days" });
    expect(draft.summary).toMatchObject({
      incidentDescription: "Certificates from Example CA R3 are valid for 399 days, e.g.\nhttps://crt.sh/?id=123",
      relevantPolicies: "TLS BR 6.3.2",
      source: "Third Party Reported",
    });
  });
});

describe("a Closure summary", () => {
  it("reads its four fields and drops the closing sentence", () => {
    const { draft, unmapped } = read(`### Report Closure Summary

- **Incident description:** The CRL of Example TLS CA R3 expired for six hours.
- **Incident Root Cause(s):**  A scheduler change moved CRL signing to the last moment.
- **Remediation description:**
  CRL signing runs 12 hours ahead; expiring CRLs page the on-call engineer.
- **Commitment summary:** None

All Action Items disclosed in this report have been completed as described, and we request its closure.
`);
    expect(unmapped).toEqual([]);
    expect(draft.kind).toBe("closure");
    expect(draft.closure).toEqual({
      incidentDescription: "The CRL of Example TLS CA R3 expired for six hours.",
      rootCauses: "A scheduler change moved CRL signing to the last moment.",
      remediationDescription: "CRL signing runs 12 hours ahead; expiring CRLs page the on-call engineer.",
      commitmentSummary: "N/A",
    });
  });
});
