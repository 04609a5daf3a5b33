import { allActionItemsDone } from "../closure/actionItemsDone.ts";
import type { Draft } from "../draft/schema.ts";
import { DEADLINE_IDS, type DeadlineId } from "./types.ts";

/** Why a report shows fewer deadlines than the CA Owner's full set; null when it shows them all. */
export type DeadlineScope = { ids: readonly DeadlineId[]; reason: "third-party" | "closure" | null };

/**
 * Which deadlines a report's author still has to meet. The guidelines put
 * every deadline on the CA Owner, so a third-party reporter has none. A
 * Closure Summary whose action items are all Complete or Canceled ends the
 * updates ("not required to continue updating … unless further questions
 * are asked") and the revocations ended with those action items: only
 * answers to questions still apply.
 */
export function applicableDeadlines(draft: Pick<Draft, "author" | "kind" | "actionItems">): DeadlineScope {
  if (draft.author === "third-party") return { ids: [], reason: "third-party" };
  if (draft.kind === "closure" && allActionItemsDone(draft)) return { ids: ["answer-questions"], reason: "closure" };
  return { ids: DEADLINE_IDS, reason: null };
}
