/** Action Items: the template's six-column table. */
import { ITEM_FIELDS } from "../../draft/catalogue.ts";
import { ACTION_KINDS, ACTION_STATUSES, type ActionItem } from "../../draft/schema.ts";
import { skipValue, type PendingRef, type ReadContext } from "../context.ts";
import type { Line } from "../lines.ts";
import { readRefs } from "../references.ts";
import { columnsOf } from "../table.ts";
import { choiceValue, textValue } from "../values.ts";
import { readSectionTables } from "./tableSection.ts";
import { clip } from "../../draft/problems.ts";

const F = ITEM_FIELDS.actionItems;
const COLUMNS = [
  ["description", [F.description.label, "Action Item description", "Action", "Description"]],
  ["kind", [F.kind.label, "Type"]],
  ["addresses", [F.addresses.label, "Root Cause(s)", "Root Cause", "Corresponding Root Cause"]],
  ["evaluationCriteria", [F.evaluationCriteria.label, "Evaluation"]],
  ["dueDate", [F.dueDate.label, "Due", "Date"]],
  ["status", [F.status.label]],
] as const;
type Column = (typeof COLUMNS)[number][0];

export function readActionItems(lines: readonly Line[], ctx: ReadContext): void {
  for (const table of readSectionTables(lines, ctx, "Action Items")) {
    const columns = columnsOf(table.header, COLUMNS);
    for (const row of table.rows) {
      const cell = (column: Column) => {
        const i = columns.get(column);
        return i === undefined ? "" : (row.cells[i] ?? "");
      };
      const kind = choiceValue(cell("kind"), ACTION_KINDS, ctx.mode);
      if (kind === undefined) skipValue(ctx, row.line, cell("kind"), `${F.kind.label} must be one of: ${ACTION_KINDS.join(", ")}`);
      const refs: PendingRef[] = [];
      for (const read of readRefs(cell("addresses"), ctx.mode === "exact")) {
        if ("ref" in read) refs.push({ ref: read.ref, line: row.line, text: cell("addresses") });
        else skipValue(ctx, row.line, read.unreadable, `not a contributing factor or lesson of this report (${F.addresses.label})`);
      }
      const status = choiceValue(cell("status"), ACTION_STATUSES, ctx.mode);
      if (status === undefined) skipValue(ctx, row.line, cell("status"), `${F.status.label} must be one of: ${ACTION_STATUSES.join(", ")}`);
      const item: ActionItem = {
        id: "",
        description: textValue(cell("description"), F.description.notApplicable, ctx.mode),
        kind: kind ?? "",
        addresses: [],
        evaluationCriteria: textValue(cell("evaluationCriteria"), F.evaluationCriteria.notApplicable, ctx.mode),
        dueDate: textValue(cell("dueDate"), F.dueDate.notApplicable, ctx.mode),
        status: status ?? "",
      };
      ctx.draft.actionItems.push(item);
      ctx.pending.push({ item, refs });
      const used = new Set(columns.values());
      row.cells.forEach((text, i) => {
        if (!used.has(i) && text !== "") skipValue(ctx, row.line, text, `column "${clip(table.header[i] ?? String(i + 1))}" is not part of Action Items`);
      });
    }
  }
}
