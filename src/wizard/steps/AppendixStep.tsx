import { useFormContext, useWatch } from "react-hook-form";
import { FIELDS, SECTIONS } from "../../domain/draft/catalogue.ts";
import { CertificateDrop } from "../../appendix/CertificateDrop.tsx";
import { CatalogueField } from "../fields/CatalogueField.tsx";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { StepIntro } from "./StepIntro.tsx";
import { useApplyImpact } from "./useApplyImpact.tsx";

export function AppendixStep() {
  const { setValue, getValues } = useFormContext<DraftForm>();
  const [rows, certificateKind, awareAt] = useWatch<DraftForm, ["appendix.certificates", "appendix.certificateKind", "summary.nonComplianceIdentified"]>({
    name: ["appendix.certificates", "appendix.certificateKind", "summary.nonComplianceIdentified"],
  });
  const set = { shouldDirty: true, shouldValidate: false } as const;
  const applyImpact = useApplyImpact();
  return (
    <div className="space-y-6">
      <StepIntro title="Appendix" help={SECTIONS.appendix.help} />
      <CatalogueField name="appendix.text" spec={FIELDS["appendix.text"]} />
      <div className="space-y-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Drop the affected certificates (PEM or DER) to build the list the guidelines require as an attachment. Files are read in your browser and never uploaded.
        </p>
        <CertificateDrop
          rows={rows}
          certificateKind={certificateKind ?? "tls"}
          awareAt={awareAt}
          onRowsChange={(next) => setValue("appendix.certificates", next, set)}
          onCertificateKindChange={(kind) => setValue("appendix.certificateKind", kind, set)}
          onApplyImpact={applyImpact.propose}
          impactPanel={applyImpact.panel}
          onInsertAppendixSummary={(markdown) => {
            const text = getValues("appendix.text").trim();
            setValue("appendix.text", text === "" || text === "N/A" ? markdown : `${text}\n\n${markdown}`, set);
          }}
        />
      </div>
    </div>
  );
}
export default AppendixStep;
