import { ITEM_FIELDS } from "../../draft/catalogue.ts";
import type { ActionItem, Draft } from "../../draft/schema.ts";
import { writtenText } from "../../draft/asWritten.ts";
import { emptyListText } from "../emptySection.ts";
import { table } from "../markdown.ts";
import { addressableNames } from "../references.ts";

const COLUMNS = ["description", "kind", "addresses", "evaluationCriteria", "dueDate", "status"] as const satisfies readonly (keyof ActionItem)[];

/** The template's six-column table; "Corresponding Root Cause(s)" names what each action addresses by number. */
export function renderActionItems(draft: Draft): string {
  if (draft.actionItems.length === 0) return emptyListText(draft, null);
  const names = addressableNames(draft);
  const rows = draft.actionItems.map((item) =>
    COLUMNS.map((column) =>
      column === "addresses"
        ? item.addresses.map((id) => names.get(id) ?? `unknown item "${id}"`).join(", ")
        : column === "kind" || column === "status" || column === "dueDate"
          ? (writtenText(item, column) ?? item[column])
          : item[column],
    ),
  );
  return table(
    COLUMNS.map((column) => ITEM_FIELDS.actionItems[column].label),
    rows,
  );
}
