import { ITEM_NAMES } from "../../draft/catalogue.ts";
import { instantOf, isDate } from "../../draft/datetime.ts";
import type { Draft } from "../../draft/schema.ts";
import type { QualityContext, QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

const DAY = 86_400_000;

/**
 * Items still "Ongoing" after their due date. A due date is a whole UTC day:
 * the item is past due from 00:00 UTC the day after.
 */
export function pastDueOngoing(draft: Draft, context: QualityContext): QualityWarning[] {
  if (draft.kind !== "full") return [];
  const out: QualityWarning[] = [];
  draft.actionItems.forEach((item, i) => {
    if (item.status !== "Ongoing" || !isDate(item.dueDate.trim())) return;
    const start = instantOf(item.dueDate);
    if (start === null || context.now < start + DAY) return;
    out.push(
      warn(
        "past-due-ongoing",
        `actionItems[${i}].status`,
        `${ITEM_NAMES.actionItems(i + 1)} is still “Ongoing” but was due on ${item.dueDate.trim()}. Mark it “Delayed” and explain why in an update, or “Complete” if it is done.`,
      ),
    );
  });
  return out;
}
