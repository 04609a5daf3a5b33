/**
 * What user text must not do to the report's structure in Bugzilla, kept as
 * data (after mdast-util-to-markdown's `unsafe.js`). Bugzilla renders with
 * cmark-gfm and hard line breaks: see shared/spec/bugzilla-markdown.md.
 */

/** A line that would turn the paragraph above it (and so a field's label) into a setext heading. */
export const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;

/** A table delimiter row: right under a label it would turn the label into a table header. */
export const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * A first line that means something as a block (list, heading, quote, fence,
 * table, indented code): it must start on its own line under the label, not
 * after it, or it would silently become plain text.
 */
export const BLOCK_START = /^( {4}|\t| {0,3}([-+*]|\d{1,9}[.)])([ \t]|$)| {0,3}(#{1,6}([ \t]|$)|>|```|~~~|\|))/;

/** In a table cell, `|` splits the cell even inside backticks: always `\|`. */
export const CELL_PIPE = /\|/g;

/** Characters that make inline syntax, escaped where we need plain text (titles inside bold). */
export const INLINE_SPECIAL = /[\\`*_[\]~<>|#!]/g;
