/**
 * How cmark-gfm (Bugzilla's renderer) sees the start of a line, so the guards
 * in `unsafe.ts` think as it does (cmark-gfm `blocks.c`, `S_find_first_nonspace`):
 * - indentation is spaces and tabs only; a tab advances to the next multiple
 *   of 4 columns, counted from the start of the line, not of the user's text;
 * - a line is blank when it holds spaces and tabs only. A form feed, a
 *   vertical tab, a no-break space or any other Unicode space is text: a line
 *   of them continues a paragraph (and can be underlined into a heading);
 * - lines end at LF, CR or CRLF (the renderer's `normalizeText` makes them LF).
 */

const TAB_STOP = 4;

/** Indentation of 4 columns or more is indented code, which never interrupts a paragraph. */
export const CODE_INDENT = 4;

export type Indentation = {
  /** Columns of indentation, relative to `column`. */
  width: number;
  /** Index of the first character that is not a space or tab. */
  end: number;
};

/** The indentation of `line` when its first character sits at `column` (a list item's content column, say). */
export function indentationOf(line: string, column = 0): Indentation {
  let at = column;
  let end = 0;
  for (; end < line.length; end++) {
    const c = line[end];
    if (c === " ") at += 1;
    else if (c === "\t") at += TAB_STOP - (at % TAB_STOP);
    else break;
  }
  return { width: at - column, end };
}

/** Blank as cmark-gfm sees it: nothing but spaces and tabs. */
export function isBlankLine(line: string): boolean {
  return indentationOf(line).end === line.length;
}

/** What follows the indentation, when it is less than indented code; null when the line is indented code (or blank). */
export function unindented(line: string, column = 0): string | null {
  const { width, end } = indentationOf(line, column);
  return width < CODE_INDENT && end < line.length ? line.slice(end) : null;
}
