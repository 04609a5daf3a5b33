/**
 * Quality review: advice from the guidelines on what makes a report weak.
 * Warnings never block posting and badge no step; each links to its field.
 */
import { useMemo } from "react";
import { useFormContext } from "react-hook-form";
import { fieldTitle } from "../domain/draft/fieldTitle.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { postedImpactOf } from "../domain/quality/postedImpact.ts";
import { reviewQuality } from "../domain/quality/reviewQuality.ts";
import { RULE_TITLES } from "../domain/quality/titles.ts";
import type { QualityWarning, RuleId } from "../domain/quality/types.ts";
import { bugzillaLength } from "../domain/render/bugzilla.ts";
import { renderReport } from "../domain/render/render.ts";
import type { DraftForm } from "../wizard/form/draftForm.ts";
import { useLikelyRelatedCount } from "../wizard/incidents/useLikelyRelatedCount.ts";
import { fieldName, stepOfPath, stepsFor, type StepId } from "../wizard/steps.ts";
import { ROOT_PROGRAM_NOTICES_ID } from "./RootProgramNotices.tsx";
import { BUTTON, MUTED, QUOTE } from "./styles.ts";
import { useOpenDraft } from "./useOpenDraft.ts";

type Props = { draft: Draft; now: number; onGoTo(step: StepId, field: string | null): void };

export function countWarnings(n: number): string {
  return `${n} ${n === 1 ? "warning" : "warnings"}`;
}

/** Where a warning's button leads, where "Go to" a field would say too little. */
const GO_LABELS: Partial<Record<RuleId, string>> = {
  "related-incidents": "Open the related incidents finder",
  "root-program-notices": "Go to Root programs to notify",
};

/** A warning's suggested text, added at the end of its field (after a blank line), then the field opened. */
function useAddSuggestion(onGo: (() => void) | null): ((warning: QualityWarning) => void) | null {
  const form = useFormContext<DraftForm>();
  if (onGo === null) return null;
  return (warning) => {
    // Only Impact's Additional considerations takes a suggestion so far (impact-correction).
    if (warning.suggestion === undefined || warning.path !== "impact.additionalConsiderations") return;
    const current = form.getValues("impact.additionalConsiderations").trimEnd();
    form.setValue("impact.additionalConsiderations", current === "" ? warning.suggestion : `${current}\n\n${warning.suggestion}`, { shouldDirty: true });
    onGo();
  };
}

function WarningItem({ warning, onGo }: { warning: QualityWarning; onGo: (() => void) | null }) {
  const where = fieldTitle(warning.path);
  const label = GO_LABELS[warning.rule];
  const add = useAddSuggestion(onGo);
  return (
    <li className="space-y-2 rounded-md border border-sky-200 bg-sky-50 p-3 dark:border-sky-900 dark:bg-sky-950/40">
      <h4 className="text-sm font-semibold text-slate-900 dark:text-slate-100">{RULE_TITLES[warning.rule]}</h4>
      <p className="text-sm text-slate-800 dark:text-slate-200">{warning.message}</p>
      <blockquote className={QUOTE}>{warning.guideline}</blockquote>
      {onGo && (
        <div className="flex flex-wrap gap-2">
          {add && warning.suggestion !== undefined && (
            <button type="button" className={BUTTON} onClick={() => add(warning)}>
              Add the correction to {where}
            </button>
          )}
          <button type="button" className={BUTTON} onClick={onGo}>
            {label ?? `Go to ${where}`}
          </button>
        </div>
      )}
    </li>
  );
}

export function QualityReview({ draft, now, onGoTo }: Props) {
  const relatedIncidentMatches = useLikelyRelatedCount(draft, now);
  const { posted: snapshot } = useOpenDraft();
  const posted = snapshot === null ? null : postedImpactOf(snapshot.draft, snapshot.postedAt);
  const postedTotal = posted?.totalCertificates;
  const postedAt = posted?.postedAt;
  const warnings = useMemo(
    () =>
      reviewQuality(draft, {
        now,
        renderedLength: bugzillaLength(renderReport(draft)),
        relatedIncidentMatches,
        posted: postedAt === undefined || postedTotal === undefined ? null : { totalCertificates: postedTotal, postedAt },
      }),
    [draft, now, relatedIncidentMatches, postedTotal, postedAt],
  );
  const first = stepsFor(draft.kind)[0];
  const goTo = (path: string) => {
    // The root programs checklist sits on Review itself, below this list.
    if (path === "rootProgramNotices") return () => document.getElementById(ROOT_PROGRAM_NOTICES_ID)?.focus();
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
