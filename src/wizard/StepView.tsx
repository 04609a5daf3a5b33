import { lazy, Suspense } from "react";
import { SummaryStep } from "./steps/SummaryStep.tsx";
import type { StepId } from "../domain/steps/steps.ts";

// The first step ships with the app; the others load when opened (see `npm run bench:bundle`).
const ImpactStep = lazy(() => import("./steps/ImpactStep.tsx"));
const TimelineStep = lazy(() => import("./steps/TimelineStep.tsx"));
const RelatedIncidentsStep = lazy(() => import("./steps/RelatedIncidentsStep.tsx"));
const RootCausesStep = lazy(() => import("./steps/RootCausesStep.tsx"));
const LessonsStep = lazy(() => import("./steps/LessonsStep.tsx"));
const ActionItemsStep = lazy(() => import("./steps/ActionItemsStep.tsx"));
const AppendixStep = lazy(() => import("./steps/AppendixStep.tsx"));
const ClosureStep = lazy(() => import("./steps/ClosureStep.tsx"));
const ReviewStep = lazy(() => import("./steps/ReviewStep.tsx"));

type Props = { step: StepId; onGoTo(step: StepId, field: string | null): void };

function CurrentStep({ step, onGoTo }: Props) {
  switch (step) {
    case "summary":
      return <SummaryStep />;
    case "impact":
      return <ImpactStep />;
    case "timeline":
      return <TimelineStep />;
    case "relatedIncidents":
      return <RelatedIncidentsStep />;
    case "rootCauses":
      return <RootCausesStep />;
    case "lessons":
      return <LessonsStep />;
    case "actionItems":
      return <ActionItemsStep />;
    case "appendix":
      return <AppendixStep />;
    case "closure":
      return <ClosureStep />;
    case "review":
      return <ReviewStep onGoTo={onGoTo} />;
  }
}

export function StepView(props: Props) {
  return (
    <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading…</p>}>
      <CurrentStep {...props} />
    </Suspense>
  );
}
