/**
 * cmark-gfm's table extension counts vertical tab and form feed as spaces in
 * a delimiter row, so on Bugzilla `foo\n\f---` is a table with the header
 * "foo"; micromark reads the same text as a paragraph. Before the preview
 * parses, such a row (one that closes a paragraph line with as many cells)
 * is written as a plain `|---|` row, which micromark reads as cmark-gfm does.
 * The row itself is never shown, so nothing the author sees changes. Only
 * text with a vertical tab or form feed is parsed twice.
 */
import type { Nodes, Paragraph } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import { TABLE_DELIMITER } from "../../domain/render/unsafe.ts";

function paragraphs(node: Nodes, found: Paragraph[]): Paragraph[] {
  if (node.type === "paragraph") found.push(node);
  else if ("children" in node) for (const child of node.children) paragraphs(child, found);
  return found;
}

/** A row's cells as cmark-gfm splits them: outer pipes dropped, `\|` kept in its cell. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/);
}

/** Columns of indentation (spaces and tabs, as CommonMark counts them) before the first other character. */
function indentWidth(text: string): number {
  let width = 0;
  for (const c of text) {
    if (c === " ") width += 1;
    else if (c === "\t") width += 4 - (width % 4);
    else break;
  }
  return width;
}

export function cmarkDelimiterRows(markdown: string): string {
  if (!/[\v\f]/.test(markdown)) return markdown;
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const lines = markdown.split("\n");
  let changed = false;
  for (const paragraph of paragraphs(tree, [])) {
    const { start, end } = paragraph.position ?? {};
    if (!start || !end) continue;
    const column = start.column - 1;
    for (let i = start.line; i < end.line; i++) {
      const line = lines[i].replace(/\r$/, "");
      // A lazy line (short of the paragraph's container) is not a row on Bugzilla either.
      if (!/^[ \t>]*$/.test(line.slice(0, column)) || line.length < column) continue;
      const rest = line.slice(column);
      if (!/[\v\f]/.test(rest) || indentWidth(rest) >= 4) continue;
      const row = rest.replace(/^[ \t\v\f]+/, "");
      if (!TABLE_DELIMITER.test(row)) continue;
      const columns = cells(row.replace(/[\v\f]/g, " "));
      const header = cells(lines[i - 1].replace(/\r$/, "").slice(column));
      if (columns.length !== header.length) continue;
      lines[i] = `${line.slice(0, column)}|${columns.map((c) => c.trim()).join("|")}|${lines[i].endsWith("\r") ? "\r" : ""}`;
      changed = true;
    }
  }
  return changed ? lines.join("\n") : markdown;
}
