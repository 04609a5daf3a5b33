import type { Draft } from "../draft/schema.ts";
import { RULES } from "./rules/index.ts";
import type { QualityContext, QualityWarning } from "./types.ts";
import { RULE_IDS } from "./types.ts";

/**
 * Every quality warning for the draft, rule by rule in `RULE_IDS` order.
 * Pure: the same draft and context give the same warnings.
 */
export function reviewQuality(draft: Draft, context: QualityContext): QualityWarning[] {
  return RULE_IDS.flatMap((id) => RULES[id](draft, context));
}
