import type { FieldPath } from "react-hook-form";
import { NOT_APPLICABLE, type FieldSpec } from "../../domain/draft/catalogue.ts";
import type { DraftForm } from "../form/draftForm.ts";
import { fieldId } from "../form/draftForm.ts";
import { FieldShell, describedBy, inputClass } from "./FieldShell.tsx";
import { NotApplicableSwitch } from "./NotApplicableSwitch.tsx";
import { useDraftField } from "./useDraftField.ts";

type Props = { name: FieldPath<DraftForm>; spec: Pick<FieldSpec, "label" | "help" | "input" | "notApplicable" | "placeholder">; rows?: number };

/** One line of text, or free Markdown over several lines. */
export function TextField({ name, spec, rows = 4 }: Props) {
  const { value: fieldValue, inputRef, onBlur, error, onChange } = useDraftField(name);
  const value = typeof fieldValue === "string" ? fieldValue : "";
  const notApplicable = spec.notApplicable && value === NOT_APPLICABLE;
  const common = {
    id: fieldId(name),
    name,
    ref: inputRef,
    value,
    onBlur: onBlur,
    readOnly: notApplicable,
    placeholder: spec.placeholder,
    className: inputClass,
    ...describedBy(name, Boolean(spec.help), Boolean(error)),
  };
  return (
    <FieldShell
      name={name}
      label={spec.label}
      help={spec.help}
      error={error}
      notApplicable={spec.notApplicable ? <NotApplicableSwitch label={spec.label} value={value} empty="" onChange={onChange} /> : undefined}
    >
      {spec.input === "markdown" ? (
        <textarea {...common} rows={rows} spellCheck className={`${inputClass} field-sizing-content min-h-24 font-[inherit]`} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}
