/**
 * A section's Markdown cut finer, where that cannot change what cmark-gfm
 * shows, so a keystroke re-parses one timeline entry or one contributing
 * factor instead of the whole section (120 entries take ~20 ms to parse).
 */

export type RenderBlocks =
  /** Items of one tight top-level list: parsed one by one, shown in one list. */
  | { kind: "listItems"; items: string[] }
  /** Top-level blocks that cannot merge with their neighbours. */
  | { kind: "blocks"; blocks: string[] };

const LIST_ITEM_START = /^- /;
const INDENTED = /^ {2,}\S/;

/**
 * A tight bullet list: every line starts an item or is indented under one, and
 * there is no blank line anywhere (a blank line could make the list loose, which
 * changes every item, so such a list is rendered whole).
 */
function tightListItems(body: string): string[] | null {
  const lines = body.split("\n");
  if (lines.length < 2 || !LIST_ITEM_START.test(lines[0])) return null;
  const items: string[] = [];
  for (const line of lines) {
    if (LIST_ITEM_START.test(line)) items.push(line);
    else if (INDENTED.test(line) && items.length > 0) items[items.length - 1] += `\n${line}`;
    else return null;
  }
  return items;
}

/**
 * Blocks separated by a blank line, cut only where the next line starts at the
 * margin with plain text (`**Contributing Factor #2…`): nothing there can
 * continue a list, a table or an indented block above it.
 */
function separateBlocks(body: string): string[] {
  return body.split(/\n\n(?=\*\*Contributing Factor #\d)/);
}

export function renderBlocks(body: string): RenderBlocks {
  const items = tightListItems(body);
  return items ? { kind: "listItems", items } : { kind: "blocks", blocks: separateBlocks(body) };
}
