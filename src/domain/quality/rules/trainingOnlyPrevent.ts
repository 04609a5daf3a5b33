import { ITEM_NAMES } from "../../draft/catalogue.ts";
import type { Draft } from "../../draft/schema.ts";
import { firstMatch } from "../text/firstMatch.ts";
import { SYSTEM_CHANGE } from "../text/systemChange.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";
import { TRAINING_REMEDY } from "./trainingNotSystemic.ts";

const isTrainingOnly = (description: string) => firstMatch(description, TRAINING_REMEDY) !== null && firstMatch(description, SYSTEM_CHANGE) === null;

/**
 * A contributing factor whose only Prevent action items are training or
 * reminding staff. Other kinds of item do not answer it: detecting a
 * recurrence is not preventing one. Full reports only.
 */
export function trainingOnlyPrevent(draft: Draft): QualityWarning[] {
  if (draft.kind !== "full") return [];
  const out: QualityWarning[] = [];
  draft.rootCauses.forEach((cause, i) => {
    const prevent = draft.actionItems
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => item.status !== "Canceled" && item.kind === "Prevent" && item.addresses.includes(cause.id));
    if (prevent.length === 0 || !prevent.every(({ item }) => isTrainingOnly(item.description))) return;
    const names = prevent.map(({ index }) => ITEM_NAMES.actionItems(index + 1)).join(", ");
    out.push(
      warn(
        "training-only-prevent",
        `rootCauses[${i}].title`,
        `${ITEM_NAMES.rootCauses(i + 1)} is prevented only by training or reminding staff (${names}). Add a Prevent action item that changes the system so the mistake cannot be made: a required field, a pre-issuance lint, a removed manual step.`,
      ),
    );
  });
  return out;
}
