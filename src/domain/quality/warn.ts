import { quoteGuideline } from "./guidelines.ts";
import type { QualityWarning, RuleId } from "./types.ts";

/** A warning of `rule`, quoting the rule's guideline unless another sentence fits better. */
export function warn(rule: RuleId, path: string, message: string, guideline: string = quoteGuideline(rule)): QualityWarning {
  return { rule, path, message, guideline };
}
