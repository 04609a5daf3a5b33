import { useFormContext, useWatch } from "react-hook-form";
import type { NotApplicableList } from "../../domain/draft/schema.ts";
import type { DraftForm } from "../../domain/draft/draftForm.ts";

type Props = { list: NotApplicableList; label: string };

/**
 * The only way an empty list becomes "N/A" in the report: the author says so.
 * An empty list the author did not mark shows the not-yet-provided placeholder.
 */
export function ListNotApplicable({ list, label }: Props) {
  const { setValue } = useFormContext<DraftForm>();
  const marked = useWatch<DraftForm, "notApplicable">({ name: "notApplicable" }) ?? [];
  const on = marked.includes(list);
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        className="size-4 accent-blue-700"
        checked={on}
        onChange={(event) => {
          const rest = marked.filter((l) => l !== list);
          setValue("notApplicable", event.target.checked ? [...rest, list] : rest, { shouldDirty: true });
        }}
      />
      <span>Not applicable: the report says “N/A” for {label}</span>
    </label>
  );
}
