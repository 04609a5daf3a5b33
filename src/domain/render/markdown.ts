/**
 * Markdown building blocks for Bugzilla-safe output. User text is Markdown and
 * is kept, but placed so that it cannot break the template's structure.
 */
import { NOT_YET_PROVIDED } from "../draft/catalogue.ts";
import { isBlankLine } from "./commonmarkLine.ts";
import { CELL_PIPE, escapeAt, INLINE_SPECIAL, isSetextUnderline, isTableDelimiter, startsBlock } from "./unsafe.ts";

/**
 * LF line endings (CommonMark's: CRLF, CR or LF), no trailing spaces or tabs, no
 * leading or trailing blank lines. Linear: each run is matched from its start only.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .replace(/\r+/g, (run) => "\n".repeat(run.length))
    .replace(/(?<![ \t])[ \t]+(?=\n|$)/g, "")
    .replace(/^\n+/, "")
    .replace(/(?<!\n)\n+$/, "");
}

/** The placeholder for a missing value, as Markdown: `_(not yet provided)_`. */
export const PLACEHOLDER = `_${NOT_YET_PROVIDED}_`;

/** The text to show for a value: the user's text, or the placeholder when there is none (never N/A). */
export function orPlaceholder(text: string): string {
  const normal = normalizeText(text);
  return normal.trim() === "" ? PLACEHOLDER : normal;
}

/**
 * Whether `guardLines` escapes `line` (`lineAbove`: null for the first line):
 * the rules of `unsafe.ts`, with blank as cmark-gfm sees it (a form feed line is text).
 */
export function needsGuard(line: string, lineAbove: string | null, belowText: boolean, column: number): boolean {
  const above = lineAbove === null ? belowText : !isBlankLine(lineAbove);
  const underLead = lineAbove === null && belowText && isTableDelimiter(line, column);
  return (above && isSetextUnderline(line, column)) || underLead;
}

/** The line with a backslash before its first mark, its indentation kept. */
export function guardLine(line: string): string {
  const at = escapeAt(line);
  return `${line.slice(0, at)}\\${line.slice(at)}`;
}

/**
 * Escapes setext underlines so user text cannot turn a label (or the line
 * above) into a heading. `belowText`: the first line follows a line of text.
 * `column`: where the lines will sit in the report (a tab's width depends on it).
 */
export function guardLines(lines: string[], belowText = false, column = 0): string[] {
  return lines.map((line, i) => (needsGuard(line, i === 0 ? null : lines[i - 1], belowText, column) ? guardLine(line) : line));
}

/**
 * Text placed on the line right under a line the app wrote (the issuance
 * answer "Yes.", an update's timestamp): its first line must not be a table
 * delimiter row, which would make the app's line a table header.
 */
export function guardUnderAppLine(text: string, column: number): string {
  const newline = text.indexOf("\n");
  const first = newline < 0 ? text : text.slice(0, newline);
  return isTableDelimiter(first, column) ? guardLine(first) + text.slice(first.length) : text;
}

/**
 * A value placed after a bold lead (`- **Label:** value`): on the same line when
 * it is one line of inline text, else on the lines below, indented by `column`.
 */
export function afterLead(lead: string, value: string, column: number): string {
  const lines = value.split("\n");
  if (lines.length === 1 && !startsBlock(lines[0])) return `${lead} ${lines[0]}`;
  return `${lead}\n${indent(guardLines(lines, true, column).join("\n"), column)}`;
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
  return afterLead(`${marker}**${label}:**`, orPlaceholder(value), bulletColumn(depth));
}

/** The column a labelled bullet's value lines sit at (after "- " or "   - "). */
export function bulletColumn(depth: number): number {
  return depth === 0 ? 2 : 5;
}

/** A bullet with a bold label and a nested list of values (Lessons Learned); `whenEmpty` is the value without items. */
export function labelledList(label: string, items: string[], whenEmpty = ""): string {
  const present = items.map(normalizeText).filter((item) => item.trim() !== "");
  if (present.length === 0) return labelledBullet(label, whenEmpty);
  const nested = present.map((item) => {
    const lines = guardLines(item.split("\n"), false, 4);
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
  // split/join, not a regex: three times faster on a cell of a hundred thousand pipes.
  return flat.split(CELL_PIPE).join("\\|");
}

/** A GFM table; the caller leaves a blank line after it (cmark-gfm reads the next line as a row otherwise). */
export function table(headers: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map((row) => line(row.map(cell)))].join("\n");
}

/**
 * Plain text (not Markdown), escaped so it shows as typed, on one line. It goes
 * inside bold, which a space (or no-break space, form feed…) at either end would
 * undo in cmark-gfm: lines are trimmed, and joined with one space.
 */
export function plainInline(text: string): string {
  const flat = normalizeText(text)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
  return flat === "" ? PLACEHOLDER : escapeInline(flat);
}

/** The ASCII characters `INLINE_SPECIAL` matches, as a set (one source of truth: the pattern). */
const SPECIAL = new Set(Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).filter((c) => c.search(INLINE_SPECIAL) === 0));

/** A backslash before every special character: a loop, twice as fast as a replace on a long run of them. */
function escapeInline(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SPECIAL.has(text[i])) continue;
    out += `${text.slice(from, i)}\\`;
    from = i;
  }
  return out + text.slice(from);
}

/** Blocks joined with one blank line between them. */
export function blocks(...parts: string[]): string {
  return parts.filter((part) => part !== "").join("\n\n");
}
