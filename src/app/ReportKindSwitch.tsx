import { useContext, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { deriveDraft } from "../domain/draft/deriveDraft.ts";
import { hasContent } from "../domain/draft/hasContent.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { DraftSessionContext } from "../drafts/DraftSessionContext.tsx";
import type { DraftForm } from "../domain/draft/draftForm.ts";
import { KindChangeDialog } from "./KindChangeDialog.tsx";
import { REPORT_CHOICES, choiceOf, type ReportChoice } from "./reportChoices.ts";

/**
 * The report kind of the open draft. An empty draft just changes; a draft
 * with content asks first, and by default starts the new kind as a new draft
 * (the guidelines' next report), keeping this one.
 */
export function ReportKindSwitch() {
  const { setValue, getValues } = useFormContext<DraftForm>();
  // The form as it is now (the readiness copy may lag a keystroke behind).
  const draftNow = (): Draft => structuredClone(getValues());
  const session = useContext(DraftSessionContext);
  const [kind, author] = useWatch<DraftForm, ["kind", "author"]>({ name: ["kind", "author"] });
  const [pending, setPending] = useState<ReportChoice | null>(null);
  const current = choiceOf(kind, author);

  function changeThis(choice: ReportChoice) {
    setValue("kind", choice.kind, { shouldDirty: true });
    setValue("author", choice.author, { shouldDirty: true });
    setPending(null);
  }

  function startNew(choice: ReportChoice) {
    setPending(null);
    void session?.create(deriveDraft(draftNow(), choice.kind, choice.author));
  }

  return (
    <>
      <label className="flex items-center gap-2 text-sm">
        <span className="font-medium">Report</span>
        <select
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
          value={current.id}
          onChange={(e) => {
            const choice = REPORT_CHOICES.find((c) => c.id === e.target.value);
            if (!choice) return;
            if (hasContent(draftNow())) setPending(choice);
            else changeThis(choice);
          }}
        >
          {REPORT_CHOICES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <KindChangeDialog
        from={current}
        to={pending}
        canStartNew={session !== null}
        onStartNew={() => pending && startNew(pending)}
        onChangeThis={() => pending && changeThis(pending)}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
