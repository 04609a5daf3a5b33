import { useState } from "react";
import type { FieldPath } from "react-hook-form";
import type { FieldSpec } from "../../domain/draft/catalogue.ts";
import type { DraftForm } from "../form/draftForm.ts";
import { fieldId } from "../form/draftForm.ts";
import { FieldShell, describedBy, inputClass } from "./FieldShell.tsx";
import { useDraftField } from "./useDraftField.ts";

type Props = { name: FieldPath<DraftForm>; spec: Pick<FieldSpec, "label" | "help"> };

/** A bug number; a pasted Bugzilla URL is read for its id. */
export function parseBugNumber(text: string): number | null {
  const fromUrl = /[?&]id=(\d+)/.exec(text);
  const digits = (fromUrl?.[1] ?? text).trim().replace(/^#|^bug\s*/i, "");
  return /^\d{1,9}$/.test(digits) && Number(digits) > 0 ? Number(digits) : null;
}

export function BugField({ name, spec }: Props) {
  const { value: fieldValue, inputRef, onBlur, error, onChange } = useDraftField(name);
  const stored = typeof fieldValue === "number" ? String(fieldValue) : "";
  const [text, setText] = useState(stored);
  const shown = parseBugNumber(text) === (typeof fieldValue === "number" ? fieldValue : null) ? text : stored;
  const localError = shown.trim() !== "" && parseBugNumber(shown) === null ? "Write the bug number, e.g. 1900129, or paste the bug's URL." : undefined;
  return (
    <FieldShell name={name} label={spec.label} help={spec.help} error={error ?? localError}>
      <input
        id={fieldId(name)}
        name={name}
        ref={inputRef}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className={`${inputClass} max-w-56`}
        value={shown}
        onBlur={onBlur}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseBugNumber(e.target.value));
        }}
        {...describedBy(name, true, Boolean(error ?? localError))}
      />
    </FieldShell>
  );
}
