/**
 * The few Markdown rules an update comment needs for Bugzilla (cmark-gfm,
 * hard line breaks; shared/spec/bugzilla-markdown.md).
 */

/** A table cell: one line, `|` escaped even in code spans, never empty. */
export function cell(text: string): string {
  const flat = text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
  return flat === "" ? "N/A" : flat.replace(/\|/g, "\\|");
}

/** A GFM table; callers leave a blank line after it, or cmark-gfm reads the next line as a row. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map((row) => line(row.map(cell)))].join("\n");
}

/** A line of only `=` or `-` under text would make it a heading: escape it. */
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

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
