import { ITEM_NAMES } from "../../draft/catalogue.ts";
import type { Draft } from "../../draft/schema.ts";
import { firstMatch } from "../text/firstMatch.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/** Words that say what went wrong: the incident's symptom, not its cause. */
export const SYMPTOM: readonly RegExp[] = [
  /\bwe (mis-?)?issued\b/i,
  /\b(certificates?|precertificates?|CRLs?|OCSP responses?)\b[^.]{1,80}\b(were|was|have been|had been|got) (mis-?issued|issued|signed|published|served|generated)\b/i,
  /\bmis-?issu(ed|ance)\b/i,
  /\b(contained|contain|included|include|had|has|lacked|lack) (an? |the )?(invalid|incorrect|wrong|non-?compliant|malformed|prohibited|extra|missing)\b/i,
];

/** Words that say why: a condition, a mechanism, a missing safeguard. Deliberately generous. */
export const CAUSE: readonly RegExp[] = [
  /\b(because|due to|caused|causing|cause|as a result|result(ed|ing)? (from|in)|led to|leading to|since|so that|which meant|allowed|allowing|let|permitted|enabled)\b/i,
  /\b(did not|didn't|does not|doesn't|was not|wasn't|were not|weren't|had not|never|failed to|no one|nobody)\b/i,
  /\b(without|lacked|lacking|missing|absent|no) (a |an |any )?(check|lint|review|test|validation|control|safeguard|monitor|alert)\w*/i,
  /\b(assum|reli|relied|design|configur|introduc|default|hard-?coded|manual|schedul|regex|bug in|defect|logic)\w*/i,
];

const STOP = new Set(["that", "this", "with", "from", "were", "have", "been", "which", "their", "there", "they", "than", "then", "into", "when", "only", "also", "some", "each", "such", "more", "most", "between"]);

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9-]{3,}/g) ?? []).filter((w) => !STOP.has(w));
}

/** Most of the description's words are the incident description's own. */
function repeatsIncident(description: string, incident: string): boolean {
  const words = contentWords(description);
  if (words.length < 4) return false;
  const incidentWords = new Set(contentWords(incident));
  const shared = words.filter((w) => incidentWords.has(w)).length;
  return shared / words.length >= 0.8;
}

/**
 * A contributing factor whose description says what went wrong rather than
 * why: it repeats the incident description, or it describes the symptom
 * (certificates issued with X) with no word of a cause. Full reports only;
 * a description that names a mechanism or missing safeguard anywhere is
 * left alone.
 */
export function rootCauseRestates(draft: Draft): QualityWarning[] {
  if (draft.kind !== "full") return [];
  const out: QualityWarning[] = [];
  draft.rootCauses.forEach((cause, i) => {
    const text = cause.description.trim();
    if (text === "" || text === "N/A" || firstMatch(text, CAUSE) !== null) return;
    const repeats = repeatsIncident(text, draft.summary.incidentDescription);
    const symptom = firstMatch(text, SYMPTOM);
    if (!repeats && symptom === null) return;
    const what = repeats ? "repeats the incident description" : `describes the symptom (“${symptom}”)`;
    out.push(
      warn(
        "root-cause-restates",
        `rootCauses[${i}].description`,
        `${ITEM_NAMES.rootCauses(i + 1)}’s description ${what} rather than why it happened. Describe the condition that made it possible: the change, check or design that allowed it, and why it was not caught (e.g. “The profile editor accepted free text for a field with four allowed values, and no lint checked it”).`,
      ),
    );
  });
  return out;
}
