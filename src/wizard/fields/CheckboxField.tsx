import type { FieldPath } from "react-hook-form";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { fieldId } from "../../domain/draft/draftForm.ts";
import { useDraftField } from "./useDraftField.ts";

type Props = { name: FieldPath<DraftForm>; label: string; help: string };

/** A yes/no switch of the draft (revocation delay, security-sensitive). */
export function CheckboxField({ name, label, help }: Props) {
  const { value: fieldValue, inputRef, onChange } = useDraftField(name);
  const id = fieldId(name);
  return (
    <div className="flex gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <input
        id={id}
        ref={inputRef}
        type="checkbox"
        className="mt-0.5 size-4 shrink-0 accent-blue-700"
        checked={fieldValue === true}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={`${id}-help`}
      />
      <div>
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
        <p id={`${id}-help`} className="text-sm text-slate-600 dark:text-slate-400">
          {help}
        </p>
      </div>
    </div>
  );
}
