import { FIELDS } from "../../draft/catalogue.ts";
import type { Draft } from "../../draft/schema.ts";
import { formatCount } from "../../text/formatCount.ts";
import { firstMatch } from "../text/firstMatch.ts";
import type { PostedImpact, QualityContext, QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/** A correction block names itself and at least says when the change was detected and how it will be avoided. */
const CORRECTION: readonly RegExp[] = [/\bcorrect(ion|ed|s)?\b/i];
const DETECTED: readonly RegExp[] = [/\b(detect|discover|found|identif|notic|learn)\w*/i];
const AVOIDED: readonly RegExp[] = [/\b(avoid|prevent|ensure|so that|will not|won't|no longer|going forward|in the future)\w*/i];

function hasCorrection(draft: Draft): boolean {
  const { additionalConsiderations, analysis, incidentHeuristic } = draft.impact;
  const text = [additionalConsiderations, analysis, incidentHeuristic].join("\n");
  return [CORRECTION, DETECTED, AVOIDED].every((patterns) => firstMatch(text, patterns) !== null);
}

const day = (at: number | null) => (at === null ? "" : ` on ${new Date(at).toISOString().slice(0, 10)}`);

/** The correction the guidelines ask for, prefilled with the figures; the author completes the three answers. */
export function impactCorrectionBlock(posted: PostedImpact, total: number): string {
  const before = posted.totalCertificates;
  const was = typeof before === "number" ? formatCount(before) : String(before);
  return `Correction: the total number of certificates is ${formatCount(total)}, not ${was} as reported${day(posted.postedAt)}. When each change was detected: … What led to the inaccuracy: … How this will be avoided in the future: …`;
}

/**
 * Impact's total differs from the last report posted on the bug and the
 * Impact section carries no correction (one that says it is a correction,
 * when it was detected and how it will be avoided). Needs the posted figures
 * (`context.posted`): the app has them from the version marked posted, the
 * CLI from `--posted`. The remaining-valid count falls as certificates are
 * revoked or expire, which is no inaccuracy, so only the total is compared.
 */
export function impactCorrection(draft: Draft, context: QualityContext): QualityWarning[] {
  const posted = context.posted;
  const total = draft.impact.totalCertificates;
  if (draft.kind !== "full" || !posted || typeof total !== "number" || typeof posted.totalCertificates !== "number") return [];
  if (posted.totalCertificates === total || hasCorrection(draft)) return [];
  const field = FIELDS["impact.additionalConsiderations"].label;
  const block = impactCorrectionBlock(posted, total);
  const warning = warn(
    "impact-correction",
    "impact.additionalConsiderations",
    `${FIELDS["impact.totalCertificates"].label} is now ${formatCount(total)}; the report posted${day(posted.postedAt)} said ${formatCount(posted.totalCertificates)}. Add a correction to ${field} (and to the update comment), completing the three answers: “${block}”`,
  );
  return [{ ...warning, suggestion: block }];
}
