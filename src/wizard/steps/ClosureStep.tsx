import { useWatch } from "react-hook-form";
import { CLOSURE_SENTENCE, SECTIONS } from "../../domain/draft/catalogue.ts";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { SectionFields } from "./SectionFields.tsx";
import { StepIntro } from "./StepIntro.tsx";
import { useNow } from "../../ui/clock.ts";
import { ClosureChecklist } from "../../review/ClosureChecklist.tsx";
import { ClosurePrefill } from "../../review/ClosurePrefill.tsx";
import { useReadiness } from "../form/ReadinessContext.tsx";

export function ClosureStep() {
  const kind = useWatch<DraftForm, "kind">({ name: "kind" });
  const { draft } = useReadiness();
  const now = useNow();
  return (
    <div className="space-y-6">
      <StepIntro title="Closure Summary" help={SECTIONS.closure.help}>
        <p className="text-sm text-slate-600 dark:text-slate-400">The report ends with: “{CLOSURE_SENTENCE}”</p>
      </StepIntro>
      <ClosurePrefill draft={draft} />
      <SectionFields section="closure" kind={kind} />
      <ClosureChecklist draft={draft} now={now} />
    </div>
  );
}
export default ClosureStep;
