import { ITEM_NAMES } from "../../draft/catalogue.ts";
import type { Draft } from "../../draft/schema.ts";
import { firstMatch } from "../text/firstMatch.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/** Criteria that say nothing a reader could check. */
export const VAGUE_CRITERIA: readonly RegExp[] = [
  /^(n\/?a|tbd|tbc|none|-+|done|completed?|ok|yes|see above|as above|ongoing|monitoring|to be (determined|defined|confirmed))\.?$/i,
  /\bno (further |more |similar |new )?(recurrence|incidents?|issues?|errors?|problems?)\b/i,
  /\b(will be|is|are) monitored\b/i,
  /\bwe will monitor\b/i,
  /\b(ongoing|continuous|regular) monitoring\b/i,
  /\bas (needed|appropriate|required)\b/i,
  /\b(verified|checked|reviewed) internally\b/i,
  /\binternal(ly)? (review|verification|check)\b/i,
  /\bworks? (as expected|correctly|properly)\b/i,
  /\beffectiveness will be (reviewed|assessed|evaluated)\b/i,
];

/**
 * Evidence a reader can check: a number or date, CT data, audits, lints,
 * published documents, links. The guidelines prefer "objective and publicly
 * measurable evidence".
 */
export const PUBLICLY_MEASURABLE: readonly RegExp[] = [
  /\d/,
  /\b(CT|crt\.sh|certificate transparency|audit\w*|lint\w*|zero|percent|published|publish|publicly|CPS|CP\/CPS)\b/i,
  /%|https?:\/\//,
];

/** Weaker signs of a method: enough unless the criteria are also one of the vague phrases. */
export const MEASURABLE: readonly RegExp[] = [
  /\b(every|all|each|none of|policy|test\w*|report\w*|metrics?|count|number of|dashboard|alert\w*|logs?|review of)\b/i,
];

const words = (text: string) => text.trim().split(/\s+/).length;

/** Why the criteria of an item are weak, or null when they look measurable. */
export function criteriaProblem(criteria: string): "missing" | "vague" | null {
  const text = criteria.trim();
  if (text === "") return "missing";
  if (firstMatch(text, PUBLICLY_MEASURABLE) !== null) return null;
  if (firstMatch(text, VAGUE_CRITERIA) !== null) return "vague";
  return firstMatch(text, MEASURABLE) !== null && words(text) >= 4 ? null : "vague";
}

/**
 * Action items (not Canceled) whose Evaluation Criteria are missing, or vague
 * and with nothing measurable in them ("no recurrence", "we will monitor").
 */
export function evaluationCriteria(draft: Draft): QualityWarning[] {
  if (draft.kind !== "full") return [];
  const out: QualityWarning[] = [];
  draft.actionItems.forEach((item, i) => {
    if (item.status === "Canceled") return;
    const problem = criteriaProblem(item.evaluationCriteria);
    const name = ITEM_NAMES.actionItems(i + 1);
    const path = `actionItems[${i}].evaluationCriteria`;
    if (problem === "missing") {
      out.push(warn("evaluation-criteria", path, `${name} has no evaluation criteria. Say how you, and if possible the public, will measure that it addresses the root cause (CT log data, audit statements, published policy).`));
    } else if (problem === "vague") {
      out.push(warn("evaluation-criteria", path, `${name}’s evaluation criteria “${item.evaluationCriteria.trim()}” are vague or not measurable. Name the evidence and the threshold, preferably publicly verifiable.`));
    }
  });
  return out;
}
