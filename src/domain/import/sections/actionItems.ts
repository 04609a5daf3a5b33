/** Action Items: the template's six-column table. */
import { ITEM_FIELDS } from "../../draft/catalogue.ts";
import { ACTION_KINDS, ACTION_STATUSES, type ActionItem } from "../../draft/schema.ts";
import { skipValue, type PendingRef, type ReadContext } from "../context.ts";
import type { Line } from "../lines.ts";
import { readRefs } from "../references.ts";
import { columnsOf } from "../table.ts";
import { choiceValue, keepsAsWritten, textValue } from "../values.ts";
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
      const written: NonNullable<ActionItem["asWritten"]> = {};
      /** A choice the report wrote in its own words ("In progress") is kept as written by hand; read exactly, it is set aside. */
      const choice = <T extends string>(column: "kind" | "status", choices: readonly T[]): T | "" => {
        const value = choiceValue(cell(column), choices, ctx.mode);
        if (value !== undefined) return value;
        if (keepsAsWritten(cell(column), ctx.mode)) written[column] = cell(column);
        else skipValue(ctx, row.line, cell(column), `${F[column].label} must be one of: ${choices.join(", ")}`);
        return "";
      };
      const kind = choice("kind", ACTION_KINDS);
      const refs: PendingRef[] = [];
      for (const read of readRefs(cell("addresses"), ctx.mode === "exact")) {
        if ("ref" in read) refs.push({ ref: read.ref, line: row.line, text: cell("addresses") });
        else skipValue(ctx, row.line, read.unreadable, `not a contributing factor or lesson of this report (${F.addresses.label})`);
      }
      const status = choice("status", ACTION_STATUSES);
      const item: ActionItem = {
        id: "",
        description: textValue(cell("description"), F.description.notApplicable, ctx.mode),
        kind,
        addresses: [],
        evaluationCriteria: textValue(cell("evaluationCriteria"), F.evaluationCriteria.notApplicable, ctx.mode),
        dueDate: textValue(cell("dueDate"), F.dueDate.notApplicable, ctx.mode),
        status,
        ...(Object.keys(written).length > 0 ? { asWritten: written } : {}),
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
