/**
 * The one Markdown rule an update comment needs beyond the renderer's own
 * (tables come from `render/markdown.ts`): bullets of several lines, for
 * Bugzilla's cmark-gfm with hard line breaks (shared/spec/bugzilla-markdown.md).
 */

import { guardLines, guardUnderAppLine } from "../render/markdown.ts";

/**
 * A bullet whose text may span lines: continuation lines are indented under
 * the bullet so the list does not break; blank lines are dropped (they would
 * end the item's paragraph).
 */
export function bullet(text: string): string {
  const lines = text
    .split(/\r\n?|\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "");
  // The renderer's guards, which measure whitespace as cmark-gfm does: the text sits at column 2, under "- ".
  const [first = "", ...rest] = guardLines(lines, false, 2);
  // The first line starts with the app's own words (a timestamp): the next line cannot make it a table header.
  const below = rest.length > 0 ? guardUnderAppLine(rest.join("\n"), 2).split("\n") : [];
  return [`- ${first}`, ...below.map((line) => `  ${line}`)].join("\n");
}
