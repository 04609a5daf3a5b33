import { allActionItemsDone } from "../closure/actionItemsDone.ts";
import type { Draft } from "../draft/schema.ts";

/** Why a report owes no weekly updates: a third party's report, or a Closure whose action items are done; null when it owes them. */
export type DeadlineScope = { reason: "third-party" | "closure" | null };

/**
 * Whether the report's author owes the updates (and so the update comment).
 * The guidelines put every deadline on the CA Owner, so a third-party
 * reporter has none; a Closure Summary whose action items are all Complete or
 * Canceled ends the updates ("not required to continue updating … unless
 * further questions are asked").
 */
export function applicableDeadlines(draft: Pick<Draft, "author" | "kind" | "actionItems">): DeadlineScope {
  if (draft.author === "third-party") return { reason: "third-party" };
  if (draft.kind === "closure" && allActionItemsDone(draft)) return { reason: "closure" };
  return { reason: null };
}
