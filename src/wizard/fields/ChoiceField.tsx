import type { FieldPath } from "react-hook-form";
import type { FieldSpec } from "../../domain/draft/catalogue.ts";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { fieldId } from "../../domain/draft/draftForm.ts";
import { FieldShell, describedBy, inputClass } from "./FieldShell.tsx";
import { useDraftField } from "./useDraftField.ts";

type Props = { name: FieldPath<DraftForm>; spec: Pick<FieldSpec, "label" | "help" | "choices">; help?: boolean };

/** One of the template's fixed values (Source, Kind, Status…), never free text. */
export function ChoiceField({ name, spec, help = true }: Props) {
  const { value: fieldValue, inputRef, onBlur, error, onChange } = useDraftField(name);
  const value = typeof fieldValue === "string" ? fieldValue : "";
  return (
    <FieldShell name={name} label={spec.label} help={help ? spec.help : undefined} error={error}>
      <select
        id={fieldId(name)}
        name={name}
        ref={inputRef}
        value={value}
        onBlur={onBlur}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
        {...describedBy(name, help && Boolean(spec.help), Boolean(error))}
      >
        <option value="">Choose…</option>
        {(spec.choices ?? []).map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
