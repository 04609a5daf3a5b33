/**
 * The inverse of the renderer's escaping (render/unsafe.ts, render/markdown.ts),
 * built from the same data so the two cannot drift apart.
 */
import { BLOCK_START, INLINE_SPECIAL, SETEXT_UNDERLINE, TABLE_DELIMITER } from "../render/unsafe.ts";

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
 * a backslash the user typed elsewhere stays.
 */
export function unguardLines(lines: readonly string[], belowText: boolean): string[] {
  return lines.map((line, i) => {
    const bare = line.slice(1);
    // The guard writes `\` before the line with its indentation removed.
    if (!line.startsWith("\\") || bare !== bare.trimStart()) return line;
    const above = i === 0 ? belowText : lines[i - 1].trim() !== "";
    const underLead = i === 0 && belowText && TABLE_DELIMITER.test(bare);
    if (!((above && SETEXT_UNDERLINE.test(bare)) || underLead)) return line;
    // The guard drops leading whitespace. A single line only goes below its label when
    // it starts with block syntax, so one that no longer does was indented: put it back.
    return i === 0 && belowText && lines.length === 1 && !BLOCK_START.test(bare) ? `    ${bare}` : bare;
  });
}
