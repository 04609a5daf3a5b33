/**
 * What user text must not do to the report's structure in Bugzilla, kept as
 * data (after mdast-util-to-markdown's `unsafe.js`). Bugzilla renders with
 * cmark-gfm and hard line breaks: see shared/spec/bugzilla-markdown.md.
 *
 * Each rule is tested on what follows a line's indentation, measured as
 * cmark-gfm measures it (`commonmarkLine.ts`: tabs to the next multiple of 4,
 * counted from where the line sits in the report), so a tab or a form feed
 * cannot slip a line past a guard that only thought in spaces.
 */
import { CODE_INDENT, indentationOf, unindented } from "./commonmarkLine.ts";

/** After the indentation: a line that would turn the paragraph above it (and so a field's label) into a setext heading. */
export const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;

/**
 * After the indentation: a table delimiter row, as cmark-gfm's `table_start`
 * scans it (its spaces include vertical tab and form feed). Right under a
 * label it would turn the label into a table header.
 */
export const TABLE_DELIMITER = /^\|?[ \t\v\f]*:?-+:?[ \t\v\f]*(?:\|[ \t\v\f]*:?-+:?[ \t\v\f]*)*(?:\|[ \t\v\f]*)?$/;

/**
 * After the indentation: a first line that means something as a block (list,
 * heading, quote, fence, table): it must start on its own line under the
 * label, not after it, or it would silently become plain text. A list marker
 * needs a space or tab after it (`cmark_isspace`: not a form feed).
 */
export const BLOCK_START = /^(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|```|~~~|\|)/;

/** In a table cell, `|` splits the cell even inside backticks: always `\|`. */
export const CELL_PIPE = "|";

/** Characters that make inline syntax, escaped where we need plain text (titles inside bold). */
export const INLINE_SPECIAL = /[\\`*_[\]~<>|#!]/g;

/** A setext underline, for a line whose first character sits at `column`. */
export function isSetextUnderline(line: string, column = 0): boolean {
  const rest = unindented(line, column);
  return rest !== null && SETEXT_UNDERLINE.test(rest);
}

/** A table delimiter row, for a line whose first character sits at `column`. */
export function isTableDelimiter(line: string, column = 0): boolean {
  const rest = unindented(line, column);
  return rest !== null && TABLE_DELIMITER.test(rest);
}

/** A line that starts a block of its own as the user wrote it: indented code, or `BLOCK_START` after the indentation. */
export function startsBlock(line: string): boolean {
  const { width, end } = indentationOf(line);
  if (end === line.length) return false;
  return width >= CODE_INDENT || BLOCK_START.test(line.slice(end));
}

/** Where a guard's backslash goes: before the first character that is not cmark-gfm's space (space, tab, vertical tab, form feed). */
export function escapeAt(line: string): number {
  let i = 0;
  while (i < line.length && " \t\v\f".includes(line[i])) i++;
  return i;
}
