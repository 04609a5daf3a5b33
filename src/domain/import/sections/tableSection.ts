/** The part shared by the two table sections: the table, or N/A, and nothing else. */
import { skip, type ReadContext } from "../context.ts";
import { paragraphs, trimBlankLines, type Line } from "../lines.ts";
import { readTables, type Table } from "../table.ts";
import { isNotApplicable } from "../values.ts";

export function readSectionTables(lines: readonly Line[], ctx: ReadContext, what: string): Table[] {
  const body = trimBlankLines(lines);
  if (body.length === 0 || (body.length === 1 && isNotApplicable(body[0].text, ctx.mode))) return [];
  const { tables, rest } = readTables(body);
  for (const paragraph of paragraphs(rest)) skip(ctx, paragraph, `text outside the ${what} table`);
  return tables;
}
