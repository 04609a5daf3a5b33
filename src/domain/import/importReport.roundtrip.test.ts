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
