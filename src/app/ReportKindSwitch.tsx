import { useFormContext, useWatch } from "react-hook-form";
import type { DraftForm } from "../wizard/form/draftForm.ts";
import { REPORT_CHOICES, choiceOf } from "./reportChoices.ts";

/** Switch the report kind at any time; everything entered is kept (sections not shown are not rendered). */
export function ReportKindSwitch({ onChange }: { onChange?(): void }) {
  const { setValue } = useFormContext<DraftForm>();
  const [kind, author] = useWatch<DraftForm, ["kind", "author"]>({ name: ["kind", "author"] });
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-medium">Report</span>
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
        value={choiceOf(kind, author).id}
        onChange={(e) => {
          const choice = REPORT_CHOICES.find((c) => c.id === e.target.value);
          if (!choice) return;
          setValue("kind", choice.kind, { shouldDirty: true });
          setValue("author", choice.author, { shouldDirty: true });
          onChange?.();
        }}
      >
        {REPORT_CHOICES.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
