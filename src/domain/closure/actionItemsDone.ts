/**
 * Whether an incident's action items are all done: the Closure's readiness,
 * its checklist and which deadlines still apply all ask it. Kept apart from
 * the checklist's wording so the deadlines (read with the drafts list, before
 * the form loads) do not pull in the field catalogue. Pure.
 */
import type { Draft } from "../draft/schema.ts";

/** Complete or Canceled: nothing more to do or to report on it. */
export const isDone = (item: Draft["actionItems"][number]) => item.status === "Complete" || item.status === "Canceled";

/** The report has action items and every one is Complete or Canceled. */
export function allActionItemsDone(draft: Pick<Draft, "actionItems">): boolean {
  return draft.actionItems.length > 0 && draft.actionItems.every(isDone);
}
