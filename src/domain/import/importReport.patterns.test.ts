/** Each pattern of posted reports that the importer reads (the numbers are the import issue's), on the corpus files. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importReport } from "./importReport.ts";
import { importSummary } from "./summary.ts";

const corpus = (name: string) => readFileSync(new URL(`./fixtures/corpus/${name}`, import.meta.url), "utf8");

function read(name: string) {
  const result = importReport(corpus(name));
  if ("notAReport" in result) throw new Error(`not a report: ${result.reason}`);
  return { ...result, reasons: result.unmapped.map((u) => u.reason) };
}

describe("1. text copied from the Bugzilla page", () => {
  it("reads a Preliminary report's three fields from bare heading lines and `Label: value` lines, nothing set aside", () => {
    const { draft, unmapped } = read("1-preliminary.txt");
    expect(draft.kind).toBe("preliminary");
    expect(draft.summary).toMatchObject({
      incidentDescription: "On 2025-03-10 we found 14 OV certificates whose organizationName was truncated to 64 characters.",
      relevantPolicies: "TLS BR 7.1.4.2 and RFC 5280 Appendix A",
      source: "Self Reported",
    });
    expect(unmapped).toEqual([]);
    expect(draft.unplaced).toBeUndefined();
  });

  it("reads `•` bullets, flattened nesting, a lone `-` before a loose item, tab-separated tables, and keeps the comment header aside", () => {
    const { draft, unmapped } = read("1-full-page-copy.txt");
    expect(draft.summary).toMatchObject({ ccadbId: "A000777", nonComplianceStart: "2025-01-05", nonComplianceEnd: "2025-02-12", source: "Third Party Reported" });
    expect(draft.impact).toMatchObject({ totalCertificates: 212, remainingValidCertificates: 40, issuanceStopped: "Yes" });
    expect(draft.timeline.map((t) => t.at)).toEqual(["2025-01-05T09:00Z", "2025-02-11T08:12Z"]);
    expect(draft.relatedIncidents).toMatchObject([{ bug: 1890001, date: "2024-04-02" }]);
    expect(draft.rootCauses[0]).toMatchObject({ title: "Linter not run on profile changes", methodology: "5 Whys" });
    expect(draft.lessons.didNotGoWell.map((l) => l.text)).toEqual(["Profile changes skipped the linter."]);
    expect(draft.actionItems[0]).toMatchObject({ kind: "Prevent", addresses: ["c1", "l2"], status: "Ongoing" });
    expect(unmapped.map((u) => u.line)).toEqual([1, 23]);
    expect(draft.unplaced?.[0]).toMatchObject({ id: "u1", line: 1, heading: "", text: "Example CA Compliance Team\nComment 4 • 2 days ago" });
  });
});

describe("2. report headings with more words", () => {
  it("reads `Full Incident Report - ETSI Finding #2 - …` and keeps the extra words aside", () => {
    const { draft, unmapped } = read("2-heading-more-words.md");
    expect(draft.kind).toBe("full");
    expect(draft.summary.source).toBe("Audit");
    expect(unmapped[0]).toMatchObject({ line: 1, text: "ETSI Finding #2 - Lifecycle Management", reason: "words after the report's heading" });
  });

  it("reads `Preliminary Incident Report (updated)`", () => {
    const { draft, unmapped } = read("2-heading-more-words.txt");
    expect(draft.kind).toBe("preliminary");
    expect(unmapped.map((u) => u.text)).toEqual(["(updated)"]);
  });
});

describe("3. the v2.0 template", () => {
  it.each(["3-v2-incident-report.md", "3-v2-incident-report.txt"])("%s: Summary prose, prose root cause, bare lesson labels, three-column action items", (name) => {
    const { draft, unmapped } = read(name);
    expect(draft.kind).toBe("full");
    expect(draft.summary.incidentDescription).toMatch(/^On 2024-11-02 a community member reported/);
    expect(draft.summary.incidentDescription).toMatch(/used only for S\/MIME\.$/);
    expect(draft.timeline).toHaveLength(3);
    expect(draft.rootCauses).toMatchObject([{ title: "", description: expect.stringMatching(/^A refactoring/) }]);
    expect(draft.lessons.gotLucky.map((l) => l.text)).toEqual(["All affected subscribers answered quickly."]);
    expect(draft.actionItems.map((a) => [a.kind, a.dueDate, a.status])).toEqual([
      ["Prevent", "2024-12-01", ""],
      ["Detect", "2025-01-15", ""],
    ]);
    // Impact prose is about the size and nature of the incident: the Full report's Additional considerations, never set aside.
    expect(draft.impact.additionalConsiderations).toMatch(/^37 certificates were affected/);
    expect(unmapped.find((u) => u.heading === "Impact")).toBeUndefined();
  });
});

describe("4. the older question format", () => {
  it.each(["4-questions.md", "4-questions.txt"])("%s: numbered answers mapped onto the Full report", (name) => {
    const { draft, reasons } = read(name);
    expect(draft.kind).toBe("full");
    expect(draft.summary.incidentDescription).toMatch(/^We became aware of the problem through a Bugzilla bug/);
    expect(draft.timeline.map((t) => t.at)).toEqual(["2019-03-01T10:00Z", "2019-05-14T17:05Z", "2019-05-15T08:00Z"]);
    expect(draft.impact).toMatchObject({ issuanceStopped: "Yes", issuanceStoppedExplanation: "We stopped issuance on 2019-05-15." });
    expect(draft.impact.additionalConsiderations).toMatch(/^1,204 certificates/);
    expect(draft.appendix.text).toBe("See the attached spreadsheet of crt.sh IDs.");
    expect(draft.rootCauses[0].description).toMatch(/^Our CA software generated 64-bit serial numbers/);
    expect(draft.actionItems.length).toBeGreaterThanOrEqual(1);
    expect(reasons).toEqual(["text before the first question"]);
  });

  it("reads `Topic N:` lines of an email, keeping an answer that does not fit Issuance stopped as written", () => {
    const { draft } = read("4-questions-topics.txt");
    expect(draft.summary.incidentDescription).toMatch(/^We were told by email/);
    expect(draft.impact).toMatchObject({
      issuanceStopped: "",
      issuanceStoppedExplanation: "",
      asWritten: { issuanceStopped: "Issuance was not halted, because certificates themselves were not affected." },
    });
    expect(draft.appendix.text).toBe("N/A");
  });

  it("reads `**Topic N:**` with listed steps as one action item each", () => {
    const { draft } = read("4-questions-topics.md");
    expect(draft.actionItems.map((a) => a.description)).toEqual([
      "Remove the old template (done).",
      "Add a daily check of the signature algorithm of OCSP responses (by 2020-03-01).",
    ]);
    expect(draft.timeline).toHaveLength(2);
  });
});

describe("5. values one level down or as paragraphs", () => {
  it("reads a value as a nested bullet and a label as a bold paragraph; keeps free text after the fields aside", () => {
    const { draft, unmapped } = read("5-values-nested.md");
    expect(draft.summary.incidentDescription).toMatch(/^Between 2025-02-20 and 2025-03-11/);
    expect(draft.summary.relevantPolicies).toBe("TLS BR 3.2.2.8");
    expect(unmapped.map((u) => u.text)).toEqual(["We will post a full report on or before 2025-03-25."]);
  });

  it("reads paragraphs under a label with nothing after its colon as its value", () => {
    const { draft } = read("5-values-nested.txt");
    expect(draft.summary.incidentDescription).toMatch(/stale DNS cache\.\n\nThe cache has been flushed/);
  });
});

describe("6. values that do not fit the type", () => {
  it("keeps a sentence as Source, a count with explanation, “none found”, “NA” for a date, and “was not halted” as written", () => {
    const { draft, unmapped } = read("6-values-as-written.md");
    expect(draft.summary).toMatchObject({ source: "", nonComplianceEnd: "", asWritten: { nonComplianceEnd: "NA", source: "External report (a subscriber's auditor)" } });
    expect(draft.impact).toMatchObject({
      totalCertificates: null,
      remainingValidCertificates: null,
      issuanceStopped: "",
      asWritten: { totalCertificates: "8 (all issued to one subscriber)", remainingValidCertificates: "none found", issuanceStopped: "was not halted; the profile was fixed within the hour" },
    });
    expect(unmapped).toEqual([]);
  });

  it("maps “Yes, at 14:00 UTC” to Yes with its explanation", () => {
    const { draft } = read("6-values-as-written.txt");
    expect(draft.impact).toMatchObject({ issuanceStopped: "Yes", issuanceStoppedExplanation: "At 14:00 UTC" });
  });
});

describe("7. timelines as CAs write them", () => {
  it.each(["7-timeline-shapes.md", "7-timeline-shapes.txt"])("%s: lines without bullets, many date forms, a day line, the zone stated once, in the author's order", (name) => {
    const { draft } = read(name);
    expect(draft.timeline.map((t) => [t.asWritten?.at ?? t.at, t.event])).toEqual([
      ["2016-02-03", "Policy requirement became effective."],
      ["2022-07-30T15:00+08:00", "Profile updated."],
      ["2025-02-28", "Audit fieldwork started."],
      ["2025-03-01T05:20+08:00", "Alert raised by the linter."],
      ["2025-03-01T06:45+08:00", "Issuance stopped."],
      ["2025-03-18T22:19:38Z", "Revocation completed."],
      // No year: kept as written, for readiness to flag; never dropped.
      ["5/18 1am UTC", "Subscriber notified."],
      ["Around noon", "the last subscriber confirmed replacement."],
    ]);
  });

  it.each(["7-timeline-table.md", "7-timeline-table.txt"])("%s: a table with Date and Time (UTC) columns, seconds kept, an unreadable time kept", (name) => {
    const { draft } = read(name);
    expect(draft.timeline.map((t) => t.asWritten?.at ?? t.at)).toEqual(["2025-03-04T17:20Z", "2025-03-04T18:05:12Z", "2025-03-05 unknown"]);
    expect(draft.timeline[2].at).toBe("");
  });
});

describe("8. several reports in one paste", () => {
  it.each(["8-several-reports.md", "8-several-reports.txt"])("%s: the Full report is read, the Preliminary kept aside whole", (name) => {
    const { draft, unmapped } = read(name);
    expect(draft.kind).toBe("full");
    expect(draft.summary.incidentDescription).toMatch(/^5 certificates/);
    expect(draft.impact.totalCertificates).toBe(5);
    const other = unmapped.find((u) => u.reason.startsWith("another report in this paste"));
    expect(other?.text).toMatch(/Preliminary Incident Report[\s\S]*3 certificates with a trailing dot/);
  });
});

describe("the bug number", () => {
  it("is read from the bug's address or `Bug N` pasted above the report, which is then not set aside", () => {
    for (const above of ["https://bugzilla.mozilla.org/show_bug.cgi?id=1950123", "Bug 1950123"]) {
      const result = importReport(`${above}\n\n${corpus("1-preliminary.txt")}`);
      if ("notAReport" in result) throw new Error(result.reason);
      expect(result.draft.bug).toBe(1950123);
      expect(result.unmapped).toEqual([]);
    }
  });

  it("is left alone when the text above names two bugs, and both are kept aside", () => {
    const result = importReport(`Bug 1950123\nBug 1950124\n\n${corpus("1-preliminary.txt")}`);
    if ("notAReport" in result) throw new Error(result.reason);
    expect(result.draft.bug).toBeUndefined();
    expect(result.unmapped.map((u) => u.text)).toEqual(["Bug 1950123\nBug 1950124"]);
  });
});

describe("9. nothing is lost", () => {
  it.each(["9-added-sections.md", "9-added-sections.txt"])("%s: CA-added sections are kept aside under their headings", (name) => {
    const { draft } = read(name);
    expect(draft.unplaced?.map((u) => u.heading)).toEqual(["Background", "Finding #1", "Actions Already Taken", "Requested Action"]);
    expect(draft.summary.source).toBe("Audit");
  });
});

describe("the summary shown after importing", () => {
  it("names what was placed by section, and counts what was set aside", () => {
    const { draft } = read("3-v2-incident-report.md");
    expect(importSummary(draft)).toEqual({
      kind: "Full Incident Report",
      placed: ["Summary: 1 field", "Impact: 1 field", "Timeline: 3 entries", "Root Cause Analysis: 1 contributing factor", "Lessons Learned: 3 lessons", "Action Items: 2 action items", "Appendix"],
      setAside: 1,
    });
  });
});
