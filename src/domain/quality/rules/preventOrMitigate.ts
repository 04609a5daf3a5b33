import type { Draft } from "../../draft/schema.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/**
 * An action plan with items but none of kind Prevent or Mitigate. An empty
 * plan is left to the readiness check, which requires action items.
 */
export function preventOrMitigate(draft: Draft): QualityWarning[] {
  if (draft.kind !== "full") return [];
  const active = draft.actionItems.filter((item) => item.status !== "Canceled");
  if (active.length === 0 || active.some((item) => item.kind === "Prevent" || item.kind === "Mitigate")) return [];
  return [
    warn(
      "prevent-or-mitigate",
      "actionItems",
      "No action item is of kind Prevent or Mitigate. Detecting a recurrence is not enough: add items that keep it from happening again or reduce its impact.",
    ),
  ];
}
