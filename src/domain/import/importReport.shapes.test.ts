/**
 * Issue 22's shapes corpus (fixtures/shapes): every section of every case
 * reaches the field the case names, as Markdown and as text copied from the
 * bug's page; nothing is refused; no question's wording is kept in a field.
 */
import { describe, expect, it } from "vitest";
import { scoreShape, shapeText } from "../../test/importShapes.ts";
import { SHAPES } from "./fixtures/shapes/expected.ts";
import { importReport } from "./importReport.ts";
import { importSummary } from "./summary.ts";

function read(name: string, form: "md" | "txt") {
  const result = importReport(shapeText(name, form));
  if ("notAReport" in result) throw new Error(`${name}.${form} refused: ${result.reason}`);
  return result;
}

describe("every section reaches its field", () => {
  it.each(SHAPES.flatMap((shape) => (["md", "txt"] as const).map((form) => [`${shape.name}.${form} (item ${shape.item})`, shape, form] as const)))("%s", (_, shape, form) => {
    const score = scoreShape(shape, form);
    expect(score.refused).toBeNull();
    expect(score.misses).toEqual([]);
    expect(score.leaked).toEqual([]);
    expect(score.wrongKind).toBe(false);
  });
});

describe("free text", () => {
  it.each(["md", "txt"] as const)("free-text.%s is a Preliminary marked to check every field; the page's comment header stays aside", (form) => {
    const result = read("free-text", form);
    expect(result.freeText).toBe(true);
    expect(importSummary(result.draft, result).freeText).toBe(true);
    expect(result.draft.unplaced?.map((u) => u.text) ?? []).toEqual(form === "txt" ? ["Example Trust Services\nDescription • 2 days ago"] : []);
  });

  it("a report read from its template is not marked free text", () => {
    expect(read("heading-initial", "md").freeText).toBeUndefined();
  });
});

describe("a timeline grouped by day", () => {
  it.each(["md", "txt"] as const)("timeline-by-day.%s: each untimed entry keeps its day", (form) => {
    expect(read("timeline-by-day", form).draft.timeline.map((t) => [t.at, t.event])).toEqual([
      ["2021-03-03", "Community member reports a certificate with an underscore in a dNSName."],
      ["2021-03-03", "Issuance of the affected product paused."],
      ["2021-03-04", "Affected certificates revoked."],
    ]);
  });
});

describe("a line after the last field", () => {
  it.each(["md", "txt"] as const)("line-after-last.%s: its own piece, never glued into Source", (form) => {
    const { draft, unmapped } = read("line-after-last", form);
    expect(draft.summary.source).toBe("Self Reported");
    expect(draft.summary.asWritten).toBeUndefined();
    expect(unmapped).toMatchObject([{ line: form === "md" ? 8 : 6, text: "We will post a full incident report on or before 2025-03-25." }]);
  });
});

describe("whole bug pages", () => {
  it.each(["md", "txt"] as const)("bug-page.%s: each report with its comment number and time; the Full report is read, both go into the incident record", (form) => {
    const { draft, reports, read: chosen, unmapped } = read("bug-page", form);
    expect(reports).toMatchObject([
      { kind: "preliminary", comment: 0, at: "2025-03-03T10:12:45Z" },
      { kind: "full", comment: 2, at: "2025-03-14T16:30:00Z" },
    ]);
    expect(chosen).toBe(1);
    expect(draft.incident).toEqual({
      posted: [
        { kind: "preliminary", at: "2025-03-03T10:12:45Z", comment: 0 },
        { kind: "full", at: "2025-03-14T16:30:00Z", comment: 2 },
      ],
      questions: [],
    });
    // The Preliminary and the reviewer's question are kept aside, not lost.
    expect(unmapped.map((u) => u.text).join("\n")).toMatch(/40 certificates[\s\S]*Please say when the full report will be posted\./);
  });

  it("reads the report the user picks", () => {
    const { draft, read: chosen } = importReport(shapeText("bug-page", "txt"), { report: 0 }) as ReturnType<typeof read>;
    expect(chosen).toBe(0);
    expect(draft.kind).toBe("preliminary");
    expect(draft.summary.incidentDescription).toMatch(/^40 certificates/);
  });

  it("records no time it cannot read (\"2 days ago\"), but still lists the comment", () => {
    const text = shapeText("bug-page", "txt").replace("2025-03-14 16:30:00 UTC", "2 days ago");
    const result = importReport(text);
    if ("notAReport" in result) throw new Error(result.reason);
    expect(result.reports?.[1]).toEqual({ kind: "full", heading: "Full Incident Report", line: 19, comment: 2 });
    expect(result.draft.incident?.posted).toEqual([{ kind: "preliminary", at: "2025-03-03T10:12:45Z", comment: 0 }]);
  });
});
