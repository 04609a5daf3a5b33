/**
 * `render(import(render(d))) === render(d)`: the report a user posted can be
 * read back and updated without a character of it changing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyDraft } from "../../test/arbitraries.ts";
import { instantOf } from "../draft/datetime.ts";
import { DraftSchema, type Draft } from "../draft/schema.ts";
import { EXAMPLE_IDS, exampleDraft } from "../examples/index.ts";
import { largeDraft } from "../examples/largeDraft.ts";
import { renderReport } from "../render/render.ts";
import { importReport } from "./importReport.ts";

function roundTrip(draft: Draft) {
  const markdown = renderReport(draft);
  const result = importReport(markdown);
  if ("notAReport" in result) throw new Error(`not a report: ${result.reason}`);
  return { markdown, again: renderReport(result.draft), result };
}

describe("round trip through Markdown", () => {
  it.each(EXAMPLE_IDS)("gives back the example %s unchanged", (id) => {
    const { markdown, again, result } = roundTrip(exampleDraft(id));
    expect(again).toBe(markdown);
    expect(result.unmapped).toEqual([]);
    expect(DraftSchema.safeParse(result.draft).success).toBe(true);
  });

  it("gives back the example drafts' content, references included", () => {
    const draft = exampleDraft("full-misissuance-revocation-delay");
    const { result } = roundTrip(draft);
    const imported = result.draft;
    expect(imported.summary).toEqual(draft.summary);
    expect(imported.impact).toEqual(draft.impact);
    // Times come back in UTC, as the report shows them.
    expect(imported.timeline.map(({ at, event }) => ({ at: instantOf(at), event }))).toEqual(draft.timeline.map(({ at, event }) => ({ at: instantOf(at), event })));
    expect(imported.actionItems[0].addresses).toEqual(["c1", "l3"]);
    expect(imported.lessons.didNotGoWell[0].id).toBe("l3");
  });

  it("gives back largeDraft() unchanged", () => {
    const { markdown, again, result } = roundTrip(largeDraft());
    expect(again).toBe(markdown);
    expect(result.unmapped).toEqual([]);
  });

  // anyDraft is used as is: no generated text needed constraining. Text that reads two ways
  // ("2025-03-04 17:20:33 UTC" typed as text, "Yes, …", "None") is settled by importReport's
  // second, exact reading; the cases the generator rarely makes are checked one by one below.
  it("gives back any draft the file schema accepts unchanged", () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        const { markdown, again, result } = roundTrip(draft);
        expect(again).toBe(markdown);
        expect(result.unmapped).toEqual([]);
        expect(DraftSchema.safeParse(result.draft).success).toBe(true);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  }, 600_000);
});

/**
 * Values the generator rarely or never makes, put in every kind of place:
 * each needs the exact reading to undo a specific choice of the renderer.
 */
const AWKWARD = [
  "\u00a0",
  "x\n\u00a0",
  "\u00a0\n\nx",
  "\ufeffx\u2028y",
  " N/A",
  "N/A",
  "\\---",
  "x\n\\---",
  "x\n\n\\---",
  "\t---",
  "    ---",
  "  ===",
  "|---",
  "\\|---",
  "Yes",
  "Yes. x",
  "No.\n- x",
  "Yes.\nx",
  "Yes, x",
  "2025-03-04 17:20 UTC",
  "2025-03-04 17:20:33 UTC",
  "2025-03-04T17:20",
  "x (expected)",
  "N/A (expected)",
  "**x**: y",
  "x**:\ny",
  'unknown item "c1"',
  'a", b',
  'x", Contributing Factor #1',
  "Contributing Factor #1",
  "a \\| b\\",
  "\\",
  "- **Relevant policies:** x",
  "**Contributing Factor #2: x**",
  "### Impact",
  "## Full Incident Report",
  "All Action Items disclosed in this report have been completed as described, and we request its closure.",
  " x\n y",
  "    code\n    more",
];

type Setter = (draft: Draft, value: string) => void;
const SETTERS: Record<string, Setter> = {
  incidentDescription: (d, v) => (d.summary.incidentDescription = v),
  nonComplianceStart: (d, v) => (d.summary.nonComplianceStart = v),
  nonComplianceEnd: (d, v) => ((d.summary.nonComplianceEnd = v), (d.summary.nonComplianceEndExpected = true)),
  issuanceStoppedExplanation: (d, v) => (d.impact.issuanceStoppedExplanation = v),
  issuanceStoppedEmpty: (d, v) => ((d.impact.issuanceStopped = ""), (d.impact.issuanceStoppedExplanation = v)),
  analysis: (d, v) => (d.impact.analysis = v),
  timelineAt: (d, v) => d.timeline.splice(1, 0, { id: "tx", at: v, event: "e" }),
  timelineEvent: (d, v) => (d.timeline[0].event = v),
  relatedDescription: (d, v) => (d.relatedIncidents[0].description = v),
  relatedDate: (d, v) => (d.relatedIncidents[0].date = v),
  causeTitle: (d, v) => (d.rootCauses[0].title = v),
  causeDetection: (d, v) => (d.rootCauses[1].detection = v),
  lesson: (d, v) => d.lessons.didNotGoWell.unshift({ id: "lx", text: v }),
  actionDescription: (d, v) => (d.actionItems[0].description = v),
  actionDueDate: (d, v) => (d.actionItems[1].dueDate = v),
  unknownReference: (d, v) => d.actionItems[0].addresses.push(v),
  appendix: (d, v) => (d.appendix.text = v),
  closureCommitment: (d, v) => ((d.kind = "closure"), (d.closure.commitmentSummary = v)),
};

describe("round trip of awkward values in every kind of field", () => {
  it.each(Object.keys(SETTERS))("%s", (field) => {
    for (const value of AWKWARD) {
      const draft = exampleDraft("full-misissuance-revocation-delay");
      SETTERS[field](draft, value);
      // Ids are at most 64 characters: a longer unknown reference is not a valid draft.
      if (!DraftSchema.safeParse(draft).success) continue;
      const { markdown, again } = roundTrip(draft);
      expect({ value, again }).toEqual({ value, again: markdown });
    }
  });

  it("keeps numbering when lessons are empty, and never reuses an id the report names as unknown", () => {
    const draft = exampleDraft("full-no-certificates");
    const renamed = new Map(draft.rootCauses.map((cause, i) => [cause.id, `cause-${i}`]));
    draft.rootCauses.forEach((cause) => (cause.id = renamed.get(cause.id) ?? cause.id));
    draft.actionItems.forEach((item) => (item.addresses = item.addresses.map((id) => renamed.get(id) ?? id)));
    draft.lessons.didNotGoWell.unshift({ id: "blank", text: "" });
    draft.actionItems[0].addresses = ["cause-0", "c1", "l1", "a1", "gone", draft.lessons.didNotGoWell[2].id];
    const { markdown, again, result } = roundTrip(draft);
    expect(markdown).toContain('| Contributing Factor #1, unknown item "c1", unknown item "l1", unknown item "a1", unknown item "gone", What didn’t go well #3 |');
    expect(again).toBe(markdown);
    expect(result.draft.rootCauses.map((c) => c.id)).toEqual(["c2", "c3"]);
    expect(result.draft.actionItems.map((a) => a.id)).toEqual(["a2", "a3", "a4"]);
    expect(result.draft.lessons.didNotGoWell.map((l) => l.text)).toEqual([draft.lessons.didNotGoWell[1].text, draft.lessons.didNotGoWell[2].text, ""]);
  });

  it("keeps text that only looks like a time where the renderer listed it, after the real times", () => {
    const draft = exampleDraft("full-no-certificates");
    draft.timeline.unshift({ id: "text", at: "2020-01-01 00:00 UTC", event: "typed as text" });
    const { markdown, again, result } = roundTrip(draft);
    expect(markdown.trimEnd().split("\n").filter((l) => l.startsWith("- **20"))[0]).toBe("- **2025-03-28 14:00 UTC**: A change to the CRL signing job moves it to a new scheduler; the job's time zone is left at the scheduler's default.");
    expect(again).toBe(markdown);
    expect(result.draft.timeline.at(-1)?.at).toBe("2020-01-01 00:00 UTC");
  });
});
