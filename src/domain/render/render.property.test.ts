import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELDS, fieldsOf, inReportBody, ITEM_FIELDS, LESSON_FIELDS, REPORT_HEADINGS, SECTIONS, type FieldSpec, type SectionId } from "../draft/catalogue.ts";
import { DraftSchema, LESSON_LISTS, type Draft } from "../draft/schema.ts";
import { anyDraftWithAsWritten as anyDraft } from "../../test/arbitraries.ts";
import { bugzillaHtml } from "../../test/bugzilla.ts";
import { directItems, itemLabel, parseHtml, topLevelBlocks, type Block } from "../../test/reportStructure.ts";
import { renderReport, sectionsFor } from "./render.ts";

function labelsOf(section: SectionId, draft: Draft): string[] {
  const labels: string[] = [];
  for (const key of fieldsOf(section)) {
    const spec: FieldSpec = FIELDS[key];
    if (!inReportBody(spec) || key === "impact.issuanceStoppedExplanation" || !spec.kinds.includes(draft.kind)) continue;
    const label = spec.parent ?? spec.label;
    if (labels.at(-1) !== label) labels.push(label);
  }
  return labels;
}

/** The blocks between one template heading and the next. */
function sectionBlocks(blocks: Block[], heading: string): Block[] {
  const start = blocks.findIndex((b) => b.type === "heading" && b.level === 3 && b.text === heading);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === "heading" && b.level <= 3);
  return end === -1 ? rest : rest.slice(0, end);
}

function checkStructure(draft: Draft, html: string) {
  const blocks = topLevelBlocks(parseHtml(html));
  const headings = blocks.filter((b) => b.type === "heading").map((b) => (b.type === "heading" ? `${"#".repeat(b.level)} ${b.text}` : ""));
  const sections = sectionsFor(draft.kind);
  const expected =
    draft.kind === "closure"
      ? [`### ${REPORT_HEADINGS.closure}`]
      : [`## ${REPORT_HEADINGS[draft.kind]}`, ...sections.map((id) => `### ${SECTIONS[id].heading}`)];
  // User text in the Appendix (the last section) may add headings of its own after it.
  expect(headings.slice(0, expected.length)).toEqual(expected);

  for (const id of ["summary", "impact", "closure"] as const) {
    if (!sections.includes(id)) continue;
    const [list] = sectionBlocks(blocks, SECTIONS[id].heading);
    expect(list?.type).toBe("list");
    if (list?.type === "list") expect(list.labels).toEqual(labelsOf(id, draft));
  }
  if (draft.kind !== "full") return;

  const lessons = sectionBlocks(blocks, SECTIONS.lessons.heading)[0];
  expect(lessons?.type === "list" && lessons.labels).toEqual(LESSON_LISTS.map((l) => LESSON_FIELDS[l].label));

  const actions = sectionBlocks(blocks, SECTIONS.actionItems.heading)[0];
  if (draft.actionItems.length > 0) {
    expect(actions?.type).toBe("table");
    if (actions?.type === "table") {
      expect(actions.header).toEqual(Object.values(ITEM_FIELDS.actionItems).map((f) => f.label));
      expect(actions.rows).toHaveLength(draft.actionItems.length);
      for (const row of actions.rows) expect(row).toHaveLength(6);
    }
  }
  const related = sectionBlocks(blocks, SECTIONS.relatedIncidents.heading)[0];
  if (draft.relatedIncidents.length > 0) {
    expect(related?.type).toBe("table");
    if (related?.type === "table") {
      expect(related.rows).toHaveLength(draft.relatedIncidents.length);
      for (const row of related.rows) expect(row).toHaveLength(3);
    }
  }
  const causes = sectionBlocks(blocks, SECTIONS.rootCauses.heading);
  if (draft.rootCauses.length > 0) {
    const titles = causes.filter((b) => b.type === "other" && /^Contributing Factor #\d+: /.test(b.text));
    expect(titles).toHaveLength(draft.rootCauses.length);
    const lists = causes.filter((b): b is Extract<Block, { type: "list" }> => b.type === "list");
    expect(lists).toHaveLength(draft.rootCauses.length);
    for (const list of lists) expect(list.labels).toEqual(Object.values(ITEM_FIELDS.rootCauses).slice(1).map((f) => f.label));
  }
  const timeline = sectionBlocks(blocks, SECTIONS.timeline.heading)[0];
  const entries = draft.timeline.filter((e) => e.at.trim() !== "" || e.event.trim() !== "" || (e.asWritten?.at ?? "").trim() !== "").length;
  if (entries > 0) {
    expect(timeline?.type).toBe("list");
    if (timeline?.type === "list") expect(timeline.items).toHaveLength(entries);
  }
}

describe("render, through Bugzilla's cmark-gfm pipeline", () => {
  it("keeps every template heading, label and table shape for any draft the file schema accepts", () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        expect(DraftSchema.safeParse(draft).success).toBe(true);
        const markdown = renderReport(draft);
        checkStructure(draft, bugzillaHtml(markdown));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  }, 600_000);

  it("nests each lesson under its label", () => {
    const html = bugzillaHtml("- **What went well:**\n  - one\n  - two\n- **Additional:** N/A\n");
    const [list] = topLevelBlocks(parseHtml(html));
    expect(list.type === "list" && list.labels).toEqual(["What went well", "Additional"]);
    if (list.type === "list") {
      expect(itemLabel(list.items[0])).toBe("What went well");
      expect(directItems(list.items[0].querySelector("ul") ?? list.items[0])).toHaveLength(2);
    }
  });
});
