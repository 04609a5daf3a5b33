/**
 * List items, as the templates use them: `- **Label:** value`, with the value's
 * further lines indented under the bullet. Blank lines stay inside an item as
 * long as what follows is indented; a line at the bullet's own column ends it.
 */
import { dedent, indentOf, isBlank, trimBlankLines, type Line } from "./lines.ts";
import type { ReadMode } from "./types.ts";

export type Bullet = {
  /** The bullet's own line. */
  line: Line;
  /** What follows the marker. Exact reading: after exactly one space, so a value's own leading spaces survive. */
  first: string;
  /** The lines below, with the item's content column removed. */
  body: Line[];
  /** The item as written, for reporting it. */
  source: Line[];
};

const EXACT_MARKER = /^( {0,3})([-*+])( |$)/;
// By hand: `*` and `+` bullets, numbered lists, up to four spaces after the marker.
const LENIENT_MARKER = /^( {0,3})([-*+]|\d{1,9}[.)])( {1,4}|$)/;

export function isBulletLine(text: string, mode: ReadMode): boolean {
  return (mode === "exact" ? EXACT_MARKER : LENIENT_MARKER).test(text);
}

type Open = { line: Line; first: string; column: number; lines: Line[] };

function open(line: Line, mode: ReadMode): Open | null {
  const m = (mode === "exact" ? EXACT_MARKER : LENIENT_MARKER).exec(line.text);
  if (!m) return null;
  const column = m[1].length + m[2].length + Math.max(1, m[3].length);
  return { line, first: line.text.slice(m[1].length + m[2].length + m[3].length), column, lines: [] };
}

function close(item: Open): Bullet {
  const below = trimBlankLines(item.lines);
  const tail = item.lines.slice(0, below.length === 0 ? 0 : item.lines.indexOf(below[below.length - 1]) + 1);
  return {
    line: item.line,
    first: item.first,
    body: tail.map((line) => dedent(line, item.column)),
    source: [item.line, ...tail],
  };
}

/**
 * Splits lines into top-level list items, and the paragraphs outside any item
 * (`stray`). A non-indented line right after an item's text continues it, as
 * Markdown's lazy continuation does; after a blank line it ends the list.
 */
export function readBullets(lines: readonly Line[], mode: ReadMode): { bullets: Bullet[]; stray: Line[] } {
  const bullets: Bullet[] = [];
  const stray: Line[] = [];
  let current: Open | null = null;
  let previousBlank = true;
  for (const line of lines) {
    if (isBlank(line)) {
      if (current) current.lines.push(line);
      else stray.push(line);
      previousBlank = true;
      continue;
    }
    const indent = indentOf(line.text);
    if (current && indent >= current.column) {
      current.lines.push(line);
    } else {
      const next = open(line, mode);
      if (next) {
        if (current) bullets.push(close(current));
        current = next;
      } else if (current && !previousBlank) {
        current.lines.push(line);
      } else {
        if (current) bullets.push(close(current));
        current = null;
        stray.push(line);
      }
    }
    previousBlank = false;
  }
  if (current) bullets.push(close(current));
  return { bullets, stray };
}
