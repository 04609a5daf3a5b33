/**
 * What Bugzilla will do to a field's text that its author may not expect,
 * said in one line with the fix. The preview is faithful (it shows the same),
 * but nothing there says why; these hints show at the field while typing.
 */
import type { SectionId } from "../draft/sectionIds.ts";
import { SHORT_BUG_REFERENCE } from "../quality/rules/accidentalBugLink.ts";
import { clip } from "../draft/problems.ts";

export type MarkdownHint = { kind: "table-cell-lines" | "after-list" | "heading" | "bug-link"; message: string };

/** Where the text goes: a table cell holds one line of inline Markdown. */
export type HintContext = { tableCell: boolean };

/** The sections whose items the report shows as table rows (see sections/actionItems.ts, relatedIncidents.ts). */
export function rendersAsTable(section: SectionId | undefined): boolean {
  return section === "actionItems" || section === "relatedIncidents";
}

const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const BLANK = /^[ \t]*$/;
const INDENTED = /^(?: {2}|\t)/;

function quoted(line: string): string {
  return `\u201c${clip(line.trim(), 29)}\u201d`;
}

/** A line right after a list item that is neither an item nor indented under it: cmark-gfm adds it to the last item. */
function lineAfterList(lines: readonly string[]): string | null {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (LIST_ITEM.test(lines[i - 1]) && !BLANK.test(line) && !LIST_ITEM.test(line) && !INDENTED.test(line)) return line;
  }
  return null;
}

export function markdownHints(text: string, { tableCell }: HintContext): MarkdownHint[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const hints: MarkdownHint[] = [];
  if (tableCell) {
    if (lines.filter((line) => !BLANK.test(line)).length > 1) {
      hints.push({
        kind: "table-cell-lines",
        message: "This goes in a table cell, which holds one line: each line becomes a separate sentence in the table, so end each with a full stop.",
      });
    }
  } else {
    const joined = lineAfterList(lines);
    if (joined !== null) {
      hints.push({ kind: "after-list", message: `${quoted(joined)} joins the bullet above it in Bugzilla: leave a blank line after the list.` });
    }
    const heading = lines.find((line) => ATX_HEADING.test(line));
    if (heading !== undefined) {
      hints.push({ kind: "heading", message: `${quoted(heading)} becomes a heading in Bugzilla: write \\# to keep the # as text.` });
    }
  }
  for (const pattern of SHORT_BUG_REFERENCE) {
    const phrase = pattern.exec(text)?.[0];
    if (phrase !== undefined) {
      hints.push({ kind: "bug-link", message: `Bugzilla turns \u201c${phrase}\u201d into a link to that bug; reword it (e.g. write the number in words) unless you mean the link.` });
    }
  }
  return hints;
}
