import { useWatch } from "react-hook-form";
import { FIELDS, SECTIONS, usesField } from "../../domain/draft/catalogue.ts";
import { summaryLine } from "../../domain/render/bugzilla.ts";
import { CatalogueField } from "../fields/CatalogueField.tsx";
import { CheckboxField } from "../fields/CheckboxField.tsx";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { SectionFields } from "./SectionFields.tsx";
import { StepIntro } from "./StepIntro.tsx";

export function SummaryStep() {
  const [kind, caOwner, title] = useWatch<DraftForm, ["kind", "caOwner", "title"]>({ name: ["kind", "caOwner", "title"] });
  return (
    <div className="space-y-6">
      <StepIntro title="Summary" help={SECTIONS.summary.help} />
      <div className="space-y-4 rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
        <CatalogueField name="caOwner" spec={FIELDS.caOwner} />
        <CatalogueField name="title" spec={FIELDS.title} />
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Bugzilla Summary: <span className="font-mono">{summaryLine({ caOwner, title })}</span>
        </p>
        {usesField(FIELDS.bug, kind) && <CatalogueField name="bug" spec={FIELDS.bug} />}
        <CheckboxField
          name="securitySensitive"
          label="Security-sensitive incident"
          help="A security-sensitive incident or vulnerability is reported in the CA Security Vulnerability component, not publicly, until the risk is mitigated."
        />
      </div>
      {kind !== "closure" && (
        <SectionFields
          section="summary"
          kind={kind}
          after={{
            "summary.nonComplianceEnd": (
              <CheckboxField
                name="summary.nonComplianceEndExpected"
                label="This is the expected end date: the non-compliance is still ongoing"
                help="The report shows it as “(expected)”. The quality review reminds you once the date has passed."
              />
            ),
          }}
        />
      )}
    </div>
  );
}
