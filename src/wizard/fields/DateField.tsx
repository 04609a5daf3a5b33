import type { FieldPath } from "react-hook-form";
import type { FieldSpec } from "../../domain/draft/catalogue.ts";
import { isDate } from "../../domain/draft/datetime.ts";
import type { DraftForm } from "../form/draftForm.ts";
import { fieldId } from "../form/draftForm.ts";
import { FieldShell, describedBy, inputBaseClass } from "./FieldShell.tsx";
import { UnusableDate, useClearWithUndo } from "./UnusableDate.tsx";
import { useDraftField } from "./useDraftField.ts";

type Props = { name: FieldPath<DraftForm>; spec: Pick<FieldSpec, "label" | "help"> };

/** A date without a time (a related incident's Date, a Due Date): one date input, no time or offset. */
export function DateField({ name, spec }: Props) {
  const { value: fieldValue, inputRef, onBlur, error, onChange } = useDraftField(name);
  const value = typeof fieldValue === "string" ? fieldValue : "";
  const a11y = describedBy(name, Boolean(spec.help), Boolean(error));
  const { clear } = useClearWithUndo(name, value, onChange);
  return (
    <FieldShell name={name} label={spec.label} help={spec.help} error={error}>
      {value === "" || isDate(value) ? (
        <input id={fieldId(name)} ref={inputRef} type="date" className={`block ${inputBaseClass}`} value={value} onBlur={onBlur} onChange={(e) => onChange(e.target.value)} {...a11y} />
      ) : (
        <UnusableDate id={fieldId(name)} inputRef={inputRef} value={value} onBlur={onBlur} onChange={onChange} onClear={clear} a11y={a11y} examples="2025-03-04" />
      )}
    </FieldShell>
  );
}
