import { useState } from "react";
import type { FieldPath } from "react-hook-form";
import { NOT_APPLICABLE, type FieldSpec } from "../../domain/draft/catalogue.ts";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { fieldId } from "../../domain/draft/draftForm.ts";
import { FieldShell, describedBy, inputClass } from "./FieldShell.tsx";
import { NotApplicableSwitch } from "./NotApplicableSwitch.tsx";

const isCount = (value: unknown): value is number | null => value === null || typeof value === "number";
import { NUMBER_INPUTS } from "./numberParsers.ts";
import { useDraftField } from "./useDraftField.ts";

type Props = { name: FieldPath<DraftForm>; spec: Pick<FieldSpec, "label" | "help" | "notApplicable">; kind: keyof typeof NUMBER_INPUTS };

/**
 * A number stored as a number (or null while empty, or N/A where allowed).
 * What the user typed is kept on screen even before it reads as a number, so
 * nothing typed is lost; the draft only ever holds a valid number or null.
 */
export function NumberField({ name, spec, kind }: Props) {
  const { parse, hint, width } = NUMBER_INPUTS[kind];
  const { value, inputRef, onBlur, left, error, onChange } = useDraftField(name);
  const stored = typeof value === "number" ? String(value) : "";
  const [text, setText] = useState(stored);
  const shown = parse(text) === (typeof value === "number" ? value : null) ? text : stored;
  const notApplicable = value === NOT_APPLICABLE;
  // Checked on leaving the field, like the rest of the form: no error while the number is being typed.
  const localError = left && shown.trim() !== "" && !notApplicable && parse(shown) === null ? hint : undefined;
  return (
    <FieldShell
      name={name}
      label={spec.label}
      help={spec.help}
      error={error ?? localError}
      notApplicable={spec.notApplicable ? <NotApplicableSwitch name={name} label={spec.label} value={value} empty={null} isValue={isCount} onChange={onChange} /> : undefined}
    >
      <input
        id={fieldId(name)}
        name={name}
        ref={inputRef}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className={`${inputClass} ${width}`}
        value={notApplicable ? NOT_APPLICABLE : shown}
        readOnly={notApplicable}
        onBlur={onBlur}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parse(e.target.value));
        }}
        {...describedBy(name, true, Boolean(error ?? localError))}
      />
    </FieldShell>
  );
}
