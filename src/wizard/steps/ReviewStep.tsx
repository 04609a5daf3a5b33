import { REPORT_KIND_LABELS } from "../../domain/draft/catalogue.ts";
import { fieldTitle } from "../../domain/draft/fieldTitle.ts";
import { useReadiness } from "../form/ReadinessContext.tsx";
import { STEPS, fieldName, stepOfProblem, stepsFor, type StepId } from "../steps.ts";
import { StepIntro } from "./StepIntro.tsx";
import { useNow } from "../../review/clock.ts";
import { applicableDeadlines } from "../../domain/deadlines/applicableDeadlines.ts";
import { DeadlinesPanel } from "../../review/DeadlinesPanel.tsx";
import { QualityReview } from "../../review/QualityReview.tsx";
import { RootProgramNotices } from "../../review/RootProgramNotices.tsx";
import { owesRootProgramNotices } from "../../domain/notices/rootProgramNotices.ts";
import { UpdateCommentPanel } from "../../review/UpdateCommentPanel.tsx";
import { useOpenDraft } from "../../review/useOpenDraft.ts";
import { focusField } from "../navigation.ts";
import { AWARE_FIELD, IncidentFacts, WHITEBOARD_FIELD } from "../incident/IncidentFacts.tsx";

type Props = { onGoTo(step: StepId, field: string | null): void };

/**
 * Every readiness problem, grouped by step, each a link to its field; then
 * the quality review (advice), the deadlines and the weekly update comment.
 */
export function ReviewStep({ onGoTo }: Props) {
  const { draft, problems } = useReadiness();
  const now = useNow();
  const open = useOpenDraft();
  const steps = stepsFor(draft.kind);
  const byStep = steps
    .map((step) => ({ step, items: problems.filter((p) => stepOfProblem(p, draft.kind) === step) }))
    .filter((group) => group.items.length > 0);
  return (
    <div className="space-y-6">
      <StepIntro
        title="Review"
        help={`Everything the guidelines require of a ${REPORT_KIND_LABELS[draft.kind]}, checked at once. Fix what is listed, then copy the report into Bugzilla.`}
      />
      {problems.length === 0 ? (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm font-medium text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
          Ready to post: every field the template requires is filled in as the guidelines expect.
        </p>
      ) : (
        <section aria-labelledby="review-problems" className="space-y-4">
          <h3 id="review-problems" className="text-base font-semibold">
            {problems.length} {problems.length === 1 ? "problem" : "problems"} to fix before posting
          </h3>
          {byStep.map(({ step, items }) => (
            <div key={step} className="space-y-2">
              <h4 className="text-sm font-semibold text-slate-700 dark:text-slate-300">{STEPS[step].label}</h4>
              <ul className="space-y-1.5">
                {items.map((p) => (
                  <li key={`${p.path}:${p.message}`}>
                    <button
                      type="button"
                      className="w-full rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-left text-sm text-amber-950 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100 dark:hover:bg-amber-900"
                      onClick={() => onGoTo(step === "review" ? steps[0] : step, p.path === "" ? null : fieldName(p.fixAt ?? p.path))}
                    >
                      <span className="font-semibold">{fieldTitle(p.path)}</span>
                      <span className="block">{p.message}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <QualityReview draft={draft} now={now} onGoTo={onGoTo} />
      {owesRootProgramNotices(draft) && <RootProgramNotices />}
      <DeadlinesPanel draft={draft} now={now} onAsk={(fact) => focusField(fact === "becameAwareAt" ? AWARE_FIELD : WHITEBOARD_FIELD, document.body, "Review", true)}>
        <IncidentFacts />
      </DeadlinesPanel>
      {applicableDeadlines(draft).reason === null && <UpdateCommentPanel draft={draft} now={now} open={open} />}
    </div>
  );
}
export default ReviewStep;
