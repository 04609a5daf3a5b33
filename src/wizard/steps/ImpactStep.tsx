import { useWatch } from "react-hook-form";
import { SECTIONS } from "../../domain/draft/catalogue.ts";
import { CheckboxField } from "../fields/CheckboxField.tsx";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { SectionFields } from "./SectionFields.tsx";
import { StepIntro } from "./StepIntro.tsx";

export function ImpactStep() {
  const kind = useWatch<DraftForm, "kind">({ name: "kind" });
  return (
    <div className="space-y-6">
      <StepIntro title="Impact" help={SECTIONS.impact.help} />
      <CheckboxField
        name="revocationDelay"
        label="Revocation is delayed (Whiteboard “revocation-delay”)"
        help="Affected certificates will not be revoked within the Baseline Requirements' deadline. This needs a separate incident report, the Analysis below, and updates every 3 days (at least every 7)."
      />
      <SectionFields section="impact" kind={kind} />
    </div>
  );
}
export default ImpactStep;
