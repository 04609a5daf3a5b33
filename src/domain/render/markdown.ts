/**
 * Markdown building blocks for Bugzilla-safe output. User text is Markdown and
 * is kept, but placed so that it cannot break the template's structure.
 */
import { NOT_YET_PROVIDED } from "../draft/catalogue.ts";
import { BLOCK_START, CELL_PIPE, INLINE_SPECIAL, SETEXT_UNDERLINE, TABLE_DELIMITER } from "./unsafe.ts";

/** LF line endings, no trailing whitespace, no leading or trailing blank lines. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

/** The placeholder for a missing value, as Markdown: `_(not yet provided)_`. */
export const PLACEHOLDER = `_${NOT_YET_PROVIDED}_`;

/** The text to show for a value: the user's text, or the placeholder when there is none (never N/A). */
export function orPlaceholder(text: string): string {
  const normal = normalizeText(text);
  return normal.trim() === "" ? PLACEHOLDER : normal;
}

/**
 * Escapes setext underlines so user text cannot turn a label (or the line
 * above) into a heading. `belowText`: the first line follows a line of text.
 */
export function guardLines(lines: string[], belowText = false): string[] {
  return lines.map((line, i) => {
    const above = i === 0 ? belowText : lines[i - 1].trim() !== "";
    const underLead = i === 0 && belowText && TABLE_DELIMITER.test(line);
    return (above && SETEXT_UNDERLINE.test(line)) || underLead ? `\\${line.trimStart()}` : line;
  });
}

/**
 * A value placed after a bold lead (`- **Label:** value`): on the same line when
 * it is one line of inline text, else on the lines below, indented by `column`.
 */
export function afterLead(lead: string, value: string, column: number): string {
  const lines = value.split("\n");
  if (lines.length === 1 && !BLOCK_START.test(lines[0])) return `${lead} ${lines[0]}`;
  return `${lead}\n${indent(guardLines(lines, true).join("\n"), column)}`;
}

/** Indents every non-blank line by `width` spaces (blank lines stay empty). */
export function indent(text: string, width: number): string {
  const pad = " ".repeat(width);
  return text
    .split("\n")
    .map((line) => (line === "" ? "" : pad + line))
    .join("\n");
}

/**
 * A bullet with a bold label and its value, as in the templates:
 * `- **Label:** value`. A value of several lines, or one that starts with
 * block syntax, goes on the lines below the label, indented under the bullet.
 */
export function labelledBullet(label: string, value: string, depth = 0): string {
  const marker = depth === 0 ? "- " : "   - ";
  const contentColumn = marker.length;
  return afterLead(`${marker}**${label}:**`, orPlaceholder(value), contentColumn);
}

/** A bullet with a bold label and a nested list of values (Lessons Learned); `whenEmpty` is the value without items. */
export function labelledList(label: string, items: string[], whenEmpty = ""): string {
  const present = items.map(normalizeText).filter((item) => item.trim() !== "");
  if (present.length === 0) return labelledBullet(label, whenEmpty);
  const nested = present.map((item) => {
    const lines = guardLines(item.split("\n"));
    // Block syntax right after a list marker is parsed as a block, so the first line can stay there.
    const [first, ...rest] = lines;
    return rest.length === 0 ? `  - ${first}` : `  - ${first}\n${indent(rest.join("\n"), 4)}`;
  });
  return `- **${label}:**\n${nested.join("\n")}`;
}

/**
 * One table cell: GFM cells hold a single line, so lines are joined with
 * spaces; every `|` is escaped, even in code spans, or Bugzilla splits the cell.
 */
export function cell(text: string): string {
  const flat = orPlaceholder(text)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
  return flat.replace(CELL_PIPE, "\\|");
}

/** A GFM table; the caller leaves a blank line after it (cmark-gfm reads the next line as a row otherwise). */
export function table(headers: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map((row) => line(row.map(cell)))].join("\n");
}

/** Plain text (not Markdown), escaped so it shows as typed, on one line. */
export function plainInline(text: string): string {
  if (normalizeText(text).trim() === "") return PLACEHOLDER;
  return normalizeText(text)
    .replace(/\s*\n\s*/g, " ")
    .replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/** Blocks joined with one blank line between them. */
export function blocks(...parts: string[]): string {
  return parts.filter((part) => part !== "").join("\n\n");
}
