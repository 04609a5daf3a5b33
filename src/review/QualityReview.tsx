/**
 * Quality review: advice from the guidelines on what makes a report weak.
 * Warnings never block posting and badge no step; each links to its field.
 */
import { useMemo } from "react";
import { fieldTitle } from "../domain/draft/fieldTitle.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { reviewQuality } from "../domain/quality/reviewQuality.ts";
import { RULE_TITLES } from "../domain/quality/titles.ts";
import type { QualityWarning, RuleId } from "../domain/quality/types.ts";
import { bugzillaLength } from "../domain/render/bugzilla.ts";
import { renderReport } from "../domain/render/render.ts";
import { useLikelyRelatedCount } from "../wizard/incidents/useLikelyRelatedCount.ts";
import { fieldName, stepOfPath, stepsFor, type StepId } from "../wizard/steps.ts";
import { BUTTON, MUTED, QUOTE } from "./styles.ts";

type Props = { draft: Draft; now: number; onGoTo(step: StepId, field: string | null): void };

export function countWarnings(n: number): string {
  return `${n} ${n === 1 ? "warning" : "warnings"}`;
}

/** Where a warning's button leads, where "Go to" a field would say too little. */
const GO_LABELS: Partial<Record<RuleId, string>> = { "related-incidents": "Open the related incidents finder" };

function WarningItem({ warning, onGo }: { warning: QualityWarning; onGo: (() => void) | null }) {
  const where = fieldTitle(warning.path);
  const label = GO_LABELS[warning.rule];
  return (
    <li className="space-y-2 rounded-md border border-sky-200 bg-sky-50 p-3 dark:border-sky-900 dark:bg-sky-950/40">
      <h4 className="text-sm font-semibold text-slate-900 dark:text-slate-100">{RULE_TITLES[warning.rule]}</h4>
      <p className="text-sm text-slate-800 dark:text-slate-200">{warning.message}</p>
      <blockquote className={QUOTE}>{warning.guideline}</blockquote>
      {onGo && (
        <button type="button" className={BUTTON} onClick={onGo}>
          {label ?? `Go to ${where}`}
        </button>
      )}
    </li>
  );
}

export function QualityReview({ draft, now, onGoTo }: Props) {
  const relatedIncidentMatches = useLikelyRelatedCount(draft, now);
  const warnings = useMemo(
    () => reviewQuality(draft, { now, renderedLength: bugzillaLength(renderReport(draft)), relatedIncidentMatches }),
    [draft, now, relatedIncidentMatches],
  );
  const first = stepsFor(draft.kind)[0];
  const goTo = (path: string) => {
    const step = stepOfPath(path, draft.kind);
    return () => onGoTo(step === "review" ? first : step, fieldName(path));
  };
  return (
    <section aria-labelledby="quality-review" className="space-y-3">
      <h3 id="quality-review" className="text-base font-semibold">
        Quality review
      </h3>
      <p role="status" className={MUTED}>
        {warnings.length === 0
          ? "No quality warnings: nothing in the report matches what the guidelines call weak."
          : `${countWarnings(warnings.length)}: advice from the guidelines, not required to post.`}
      </p>
      {warnings.length > 0 && (
        <ul className="space-y-2" aria-label="Quality warnings">
          {warnings.map((w) => (
            <WarningItem key={`${w.rule}:${w.path}:${w.message}`} warning={w} onGo={w.path === "" ? null : goTo(w.path)} />
          ))}
        </ul>
      )}
    </section>
  );
}
