import type { Draft } from "../../draft/schema.ts";
import { ITEM_NAMES } from "../../draft/catalogue.ts";
import { EXTRA_QUOTES } from "../guidelines.ts";
import { firstMatch } from "../text/firstMatch.ts";
import { SYSTEM_CHANGE } from "../text/systemChange.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/** A cause that stops at a person, where the guidelines want the system behind it. */
export const PERSON_CAUSE: readonly RegExp[] = [
  /\bhuman[- ]error\b/i,
  /\b(lack|absence) of (proper |sufficient |adequate )?training\b/i,
  /\b(insufficient|inadequate|poor|missing|incomplete) training\b/i,
  /\b(not|never|insufficiently|inadequately|poorly) (properly |adequately |sufficiently )?trained\b/i,
  /\buntrained\b/i,
  /\b(operator|staff|employee|personnel|clerical) (error|mistake|oversight)s?\b/i,
  /\b(employee|operator|engineer|staff member|administrator|team member|person|individual) (made|making) (a|an) (mistake|error)\b/i,
  /\bcarelessness\b/i,
];

/** A remedy that is training or a reminder. */
export const TRAINING_REMEDY: readonly RegExp[] = [
  /\btraining (has been|was|is being|will be|have been) (improved|updated|enhanced|provided|reinforced|conducted|given|delivered|expanded|revised|strengthened)\b/i,
  /\b(improved|updated|enhanced|additional|further|refresher|extra|mandatory|revised|new) training\b/i,
  /\bre-?train(ed|ing)?\b/i,
  /\b(awareness|training) (session|course|programme|program|campaign)s?\b/i,
  /\bremind(ed|ing)? (the |our |all )?(staff|team|employees|personnel|operators|engineers)\b/i,
  /\b(provide|provided|deliver|delivered|conduct|conducted|hold|held|give|gave) (a |an |more )?training\b/i,
];

function rootCauseWarnings(draft: Draft): QualityWarning[] {
  const out: QualityWarning[] = [];
  const fields = ["title", "description", "timeline", "detection", "interaction"] as const;
  draft.rootCauses.forEach((cause, i) => {
    const hit = fields.map((field) => ({ field, phrase: firstMatch(cause[field], PERSON_CAUSE) })).find((h) => h.phrase !== null);
    if (!hit) return;
    const actions = draft.actionItems.filter((a) => a.status !== "Canceled" && a.addresses.includes(cause.id));
    if (actions.some((a) => firstMatch(a.description, SYSTEM_CHANGE) !== null)) return;
    out.push(warn("training-not-systemic", `rootCauses[${i}].${hit.field}`, `${ITEM_NAMES.rootCauses(i + 1)} rests on “${hit.phrase}” and no action item for it changes the system. Explain which tool or process made the mistake possible, and add an action item that removes or guards that step.`));
  });
  return out;
}

function actionItemWarnings(draft: Draft): QualityWarning[] {
  const out: QualityWarning[] = [];
  draft.actionItems.forEach((item, i) => {
    if (item.status === "Canceled") return;
    const phrase = firstMatch(item.description, TRAINING_REMEDY);
    if (phrase === null || firstMatch(item.description, SYSTEM_CHANGE) !== null) return;
    out.push(warn("training-not-systemic", `actionItems[${i}].description`, `${ITEM_NAMES.actionItems(i + 1)} relies on “${phrase}” without a change to the system. Add an action item that removes the error-prone manual step, or detail what the training changed and how it ties to the issue.`, EXTRA_QUOTES.trainingAlone));
  });
  return out;
}

function closureWarnings(draft: Draft): QualityWarning[] {
  const { rootCauses, remediationDescription } = draft.closure;
  if (firstMatch(remediationDescription, SYSTEM_CHANGE) !== null) return [];
  const cause = firstMatch(rootCauses, PERSON_CAUSE);
  const remedy = firstMatch(remediationDescription, TRAINING_REMEDY);
  const out: QualityWarning[] = [];
  if (cause !== null) {
    out.push(warn("training-not-systemic", "closure.rootCauses", `The root causes rest on “${cause}” and the remediation names no change to the system.`));
  }
  if (remedy !== null) {
    out.push(warn("training-not-systemic", "closure.remediationDescription", `The remediation relies on “${remedy}” without a change to the system.`, EXTRA_QUOTES.trainingAlone));
  }
  return out;
}

/**
 * "Human error", "lack of training" as a cause, or "training has been
 * improved" as a remedy, with no system change beside it. A cause is
 * answered when an action item that addresses it changes the system
 * (`SYSTEM_CHANGE`); so "we removed the manual step that relied on training"
 * is not flagged. Full reports read the Root Cause Analysis and Action Items;
 * Closure summaries their two summary fields; Preliminary reports have neither.
 */
export function trainingNotSystemic(draft: Draft): QualityWarning[] {
  switch (draft.kind) {
    case "preliminary":
      return [];
    case "full":
      return [...rootCauseWarnings(draft), ...actionItemWarnings(draft)];
    case "closure":
      return closureWarnings(draft);
  }
}
