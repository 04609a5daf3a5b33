/**
 * The guards think in cmark-gfm's whitespace: each case here escaped its field
 * in Bugzilla before (issue 15), and is checked through cmark-gfm itself.
 */
import { describe, expect, it } from "vitest";
import { bugzillaHtml } from "../../test/bugzilla.ts";
import { ESCAPES } from "../../test/escapes.ts";
import { itemLabel, parseHtml, topLevelBlocks } from "../../test/reportStructure.ts";
import { emptyDraft } from "../draft/newDraft.ts";
import { indentationOf, isBlankLine } from "./commonmarkLine.ts";
import { labelledBullet, labelledList, plainInline } from "./markdown.ts";
import { renderTimeline } from "./sections/timeline.ts";
import { isSetextUnderline, isTableDelimiter, startsBlock } from "./unsafe.ts";


/** The top-level list of a snippet, with its labels, as Bugzilla shows it. */
function labelsOf(markdown: string): string[] {
  const blocks = topLevelBlocks(parseHtml(bugzillaHtml(`${markdown}\n`)));
  expect(blocks.map((b) => b.type)).toEqual(["list"]);
  const [list] = blocks;
  return list.type === "list" ? list.items.map(itemLabel) : [];
}

describe("CommonMark's notion of a line", () => {
  it("measures tabs to the next multiple of 4 columns, from where the line sits", () => {
    expect(indentationOf("\tx")).toEqual({ width: 4, end: 1 });
    expect(indentationOf("\tx", 2)).toEqual({ width: 2, end: 1 });
    expect(indentationOf(" \tx", 5)).toEqual({ width: 3, end: 2 });
    expect(indentationOf("\fx")).toEqual({ width: 0, end: 0 });
  });

  it("counts only spaces and tabs as blank", () => {
    expect(isBlankLine(" \t ")).toBe(true);
    for (const text of ["\f", "\v", "\u00a0", "\u3000"]) expect(isBlankLine(text)).toBe(false);
  });

  it("guards what cmark-gfm reads as an underline or a delimiter row, and only that", () => {
    expect(isSetextUnderline("\t===", 2)).toBe(true);
    expect(isSetextUnderline("\t===", 0)).toBe(false);
    expect(isSetextUnderline("\f===")).toBe(false);
    expect(isSetextUnderline("===\f")).toBe(false);
    expect(isTableDelimiter("\f---\v")).toBe(true);
    expect(isTableDelimiter("\f|---")).toBe(false);
    expect(isTableDelimiter("    ---")).toBe(false);
    expect(startsBlock(" \tx")).toBe(true);
    expect(startsBlock("-\fx")).toBe(false);
  });
});

describe("user text stays in its field, whatever its whitespace", () => {
  it.each(ESCAPES.map((value) => [JSON.stringify(value), value]))("a labelled value %s", (_, value) => {
    expect(labelsOf(`${labelledBullet("Incident description", value)}\n- **Next:** x`)).toEqual(["Incident description", "Next"]);
    expect(labelsOf(`- **Parent:**\n${labelledBullet("Child", value, 1)}\n- **Next:** x`)).toEqual(["Parent", "Next"]);
  });

  it.each(ESCAPES.map((value) => [JSON.stringify(value), value]))("a lesson %s", (_, value) => {
    expect(bugzillaHtml(`${labelledList("What went well", ["a", value])}\n`)).not.toMatch(/<h\d/);
    expect(labelsOf(`${labelledList("What went well", ["a", value])}\n- **Next:** x`)).toEqual(["What went well", "Next"]);
  });

  it.each(ESCAPES.map((value) => [JSON.stringify(value), value]))("a timeline event %s", (_, value) => {
    const draft = { ...emptyDraft("full"), timeline: [{ id: "t", at: "2025-03-04T17:20Z", event: value }] };
    const [list] = topLevelBlocks(parseHtml(bugzillaHtml(`${renderTimeline(draft)}\n`)));
    expect(list.type === "list" && list.labels).toEqual(["2025-03-04 17:20 UTC"]);
    expect(list.type === "list" && list.items[0].querySelector("h1, h2")).toBeNull();
  });

  it("keeps the user's indentation, and puts the backslash before the mark", () => {
    expect(labelledBullet("L", "x\n\t===")).toBe("- **L:**\n  x\n  \t\\===");
    expect(labelledBullet("L", "\f---\ny")).toBe("- **L:**\n  \f\\---\n  y");
    expect(labelledBullet("L", "x\n    ===")).toBe("- **L:**\n  x\n      ===");
  });

  it("keeps bold text bold when a title starts or ends with any kind of space", () => {
    for (const title of ["x\u00a0", "\u00a0x", "x\f", " x ", "x\u2003\ny\u3000"]) {
      const html = bugzillaHtml(`**Contributing Factor #1: ${plainInline(title)}**\n`);
      expect(html).toMatch(/^<p><strong>Contributing Factor #1: [^<]*<\/strong><\/p>/);
      const draft = { ...emptyDraft("full"), timeline: [{ id: "t", at: "", event: "x", asWritten: { at: title } }] };
      expect(bugzillaHtml(renderTimeline(draft))).toMatch(/^<ul>\n<li><strong>[^<]*<\/strong>: x<\/li>/);
    }
  });
});
