import { ITEM_FIELDS } from "../../draft/catalogue.ts";
import type { Draft } from "../../draft/schema.ts";
import { bugUrl } from "../bugzilla.ts";
import { writtenText } from "../../draft/asWritten.ts";
import { emptyListText } from "../emptySection.ts";
import { table } from "../markdown.ts";

const COLUMNS = [ITEM_FIELDS.relatedIncidents.bug.label, ITEM_FIELDS.relatedIncidents.date.label, ITEM_FIELDS.relatedIncidents.description.label];

/** The template's table: `| [1900129](https://bugzilla.mozilla.org/show_bug.cgi?id=1900129) | date | description |`. */
export function renderRelatedIncidents(draft: Draft): string {
  if (draft.relatedIncidents.length === 0) return emptyListText(draft, "relatedIncidents");
  const rows = draft.relatedIncidents.map((r) => [
    r.bug === null ? (writtenText(r, "bug") ?? "") : `[${r.bug}](${bugUrl(r.bug)})`,
    writtenText(r, "date") ?? r.date,
    r.description,
  ]);
  return table(COLUMNS, rows);
}
