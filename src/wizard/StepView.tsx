import { ActionItemsStep } from "./steps/ActionItemsStep.tsx";
import { AppendixStep } from "./steps/AppendixStep.tsx";
import { ClosureStep } from "./steps/ClosureStep.tsx";
import { ImpactStep } from "./steps/ImpactStep.tsx";
import { LessonsStep } from "./steps/LessonsStep.tsx";
import { RelatedIncidentsStep } from "./steps/RelatedIncidentsStep.tsx";
import { ReviewStep } from "./steps/ReviewStep.tsx";
import { RootCausesStep } from "./steps/RootCausesStep.tsx";
import { SummaryStep } from "./steps/SummaryStep.tsx";
import { TimelineStep } from "./steps/TimelineStep.tsx";
import type { StepId } from "./steps.ts";

type Props = { step: StepId; onGoTo(step: StepId, field: string | null): void };

export function StepView({ step, onGoTo }: Props) {
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
