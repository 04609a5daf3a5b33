/** Related Incidents: `| [1900129](https://bugzilla.mozilla.org/show_bug.cgi?id=1900129) | date | description |`. */
import { parseBugNumber } from "../../draft/bugNumber.ts";
import { ITEM_FIELDS } from "../../draft/catalogue.ts";
import { markNotApplicable, skip, skipValue, type ReadContext } from "../context.ts";
import { trimBlankLines, type Line } from "../lines.ts";
import { columnsOf } from "../table.ts";
import { isNotApplicable, keepsAsWritten, saysNotApplicable, textValue } from "../values.ts";
import { readSectionTables } from "./tableSection.ts";
import { clip } from "../../draft/problems.ts";

const COLUMNS = [
  ["bug", [ITEM_FIELDS.relatedIncidents.bug.label, "Bug ID", "Related Bug", "Related Bug ID"]],
  ["date", [ITEM_FIELDS.relatedIncidents.date.label, "Opened", "Opened date", "Date opened"]],
  ["description", [ITEM_FIELDS.relatedIncidents.description.label]],
] as const;

/**
 * A bug number from the ways people cite bugs: `[123](…show_bug.cgi?id=123)`,
 * `Bug 123`, `#123`, `123`, or a bare Bugzilla URL. Null for N/A, undefined if none.
 */
export function bugNumber(text: string): number | null | undefined {
  const t = text.trim();
  if (isNotApplicable(t, "lenient")) return null;
  const link = /^\[([^\]]*)\]\((\S*)\)$/.exec(t);
  const bug = link ? (parseBugNumber(link[2]) ?? parseBugNumber(link[1])) : parseBugNumber(t);
  return bug ?? undefined;
}

/** Words that only say "there are none": "None found.", "N/A - no related incidents found", "No related incidents identified". */
const NONE_WORDS = new Set(["n", "a", "na", "none", "no", "not", "applicable", "found", "known", "identified", "related", "incident", "incidents", "bug", "bugs", "similar", "previous", "other", "were", "was", "is", "are", "there"]);

/** The author's N/A in words, and nothing else: marking the list N/A then keeps everything the line says. */
function noneFound(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.length > 0 && words.length <= 12 && words.some((w) => w === "none" || w === "no" || w === "n" || w === "na") && words.every((w) => NONE_WORDS.has(w));
}

export function readRelatedIncidents(lines: readonly Line[], ctx: ReadContext): void {
  const body = trimBlankLines(lines);
  if (body.length === 1 && (saysNotApplicable(body[0].text, ctx.mode) || (ctx.mode === "lenient" && noneFound(body[0].text)))) {
    markNotApplicable(ctx, "relatedIncidents");
    return;
  }
  for (const table of readSectionTables(lines, ctx, "Related Incidents")) {
    const columns = columnsOf(table.header, COLUMNS);
    for (const row of table.rows) {
      const cell = (field: (typeof COLUMNS)[number][0]) => {
        const i = columns.get(field);
        return i === undefined ? "" : (row.cells[i] ?? "");
      };
      const bug = bugNumber(cell("bug"));
      // By hand, a Bug cell with no number in it ("our 2023 OCSP incident") is kept as written, the number left to find.
      const keepWritten = bug === undefined && keepsAsWritten(cell("bug"), ctx.mode);
      if (bug === undefined && !keepWritten) {
        skip(ctx, [row.line], "no Bugzilla bug number in the Bug column");
        continue;
      }
      ctx.draft.relatedIncidents.push({
        id: "",
        bug: bug ?? null,
        date: textValue(cell("date"), false, ctx.mode),
        description: textValue(cell("description"), false, ctx.mode),
        ...(keepWritten ? { asWritten: { bug: cell("bug") } } : {}),
      });
      const used = new Set(columns.values());
      row.cells.forEach((text, i) => {
        if (!used.has(i) && text !== "") skipValue(ctx, row.line, text, `column "${clip(table.header[i] ?? String(i + 1))}" is not part of Related Incidents`);
      });
    }
  }
}
