import { useState } from "react";
import type { FieldPath } from "react-hook-form";
import { NOT_APPLICABLE, type FieldSpec } from "../../domain/draft/catalogue.ts";
import type { DraftForm } from "../form/draftForm.ts";
import { fieldId } from "../form/draftForm.ts";
import { FieldShell, describedBy, inputClass } from "./FieldShell.tsx";
import { NotApplicableSwitch } from "./NotApplicableSwitch.tsx";
import { useDraftField } from "./useDraftField.ts";

type Props = { name: FieldPath<DraftForm>; spec: Pick<FieldSpec, "label" | "help"> };

/** "1,250" or "1250" -> 1250; anything else -> null. */
export function parseCount(text: string): number | null {
  const digits = text.trim().replace(/[,\s_]/g, "");
  return /^\d{1,12}$/.test(digits) ? Number(digits) : null;
}

/** A whole number of certificates, or N/A; `null` while empty. */
export function CountField({ name, spec }: Props) {
  const { value: fieldValue, inputRef, onBlur, error, onChange } = useDraftField(name);
  const value = fieldValue;
  const stored = typeof value === "number" ? String(value) : "";
  // What the user typed, even when it is not a number yet, so nothing is lost.
  const [text, setText] = useState(stored);
  const shown = parseCount(text) === (typeof value === "number" ? value : null) ? text : stored;
  const notApplicable = value === NOT_APPLICABLE;
  const localError = shown.trim() !== "" && !notApplicable && parseCount(shown) === null ? "Write a whole number of certificates, e.g. 1250, or tick Not applicable." : undefined;
  return (
    <FieldShell
      name={name}
      label={spec.label}
      help={spec.help}
      error={error ?? localError}
      notApplicable={<NotApplicableSwitch label={spec.label} value={value} empty={null} onChange={onChange} />}
    >
      <input
        id={fieldId(name)}
        name={name}
        ref={inputRef}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className={`${inputClass} max-w-48`}
        value={notApplicable ? NOT_APPLICABLE : shown}
        readOnly={notApplicable}
        onBlur={onBlur}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseCount(e.target.value));
        }}
        {...describedBy(name, true, Boolean(error ?? localError))}
      />
    </FieldShell>
  );
}
