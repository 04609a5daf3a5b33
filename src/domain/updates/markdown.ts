/**
 * The one Markdown rule an update comment needs beyond the renderer's own
 * (tables come from `render/markdown.ts`): bullets of several lines, for
 * Bugzilla's cmark-gfm with hard line breaks (shared/spec/bugzilla-markdown.md).
 */

/** A line of only `=` or `-` under text would make it a heading: escape it. */
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;

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
  const [first = "", ...rest] = lines;
  return [`- ${first}`, ...rest.map((line) => `  ${SETEXT.test(line) ? `\\${line.trim()}` : line}`)].join("\n");
}
