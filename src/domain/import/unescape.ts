/**
 * The inverse of the renderer's escaping (render/unsafe.ts, render/markdown.ts),
 * built from the same data so the two cannot drift apart.
 */
import { guardLine, needsGuard } from "../render/markdown.ts";
import { escapeAt, INLINE_SPECIAL, startsBlock } from "../render/unsafe.ts";

const INLINE_ESCAPE = new RegExp(`\\\\(${INLINE_SPECIAL.source})`, "g");

/** `plainInline` escapes every special character with a backslash: undo exactly that. */
export function unescapeInline(text: string): string {
  return text.replace(INLINE_ESCAPE, "$1");
}

/** `cell` escapes every `|` in a table cell, even in code spans. */
export function unescapeCell(text: string): string {
  return text.replace(/\\\|/g, "|");
}

/**
 * `guardLines` puts a backslash before a line that would underline the line
 * above into a heading (or, right under a label, make it a table header).
 * Removes the backslash where the renderer would put it back, and only there:
 * a backslash the user typed elsewhere stays. `column`: where the lines sat in
 * the report (a tab's width depends on it).
 */
export function unguardLines(lines: readonly string[], belowText: boolean, column = 0): string[] {
  return lines.map((line, i) => {
    const at = escapeAt(line);
    if (line[at] !== "\\") return line;
    const bare = line.slice(0, at) + line.slice(at + 1);
    if (guardLine(bare) !== line || !needsGuard(bare, i === 0 ? null : lines[i - 1], belowText, column)) return line;
    // Reports rendered before the guard kept indentation lost it: a single line only goes below
    // its label when it starts with block syntax, so one that no longer does was indented.
    return i === 0 && belowText && lines.length === 1 && !startsBlock(bare) ? `    ${bare}` : bare;
  });
}
