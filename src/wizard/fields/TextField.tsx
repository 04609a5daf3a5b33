import type { FieldPath } from "react-hook-form";
import { useMemo } from "react";
import { NOT_APPLICABLE, type FieldSpec } from "../../domain/draft/catalogue.ts";
import { markdownHints, rendersAsTable } from "../../domain/render/markdownHints.ts";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { fieldId } from "../../domain/draft/draftForm.ts";
import { FieldShell, describedBy, inputClass } from "./FieldShell.tsx";
import { NotApplicableSwitch } from "./NotApplicableSwitch.tsx";

const isText = (value: unknown): value is string => typeof value === "string";
import { useDraftField } from "./useDraftField.ts";

type Props = {
  name: FieldPath<DraftForm>;
  spec: Pick<FieldSpec, "label" | "help" | "input" | "notApplicable" | "placeholder"> & Partial<Pick<FieldSpec, "section">>;
  rows?: number;
};

/** One line of text, or free Markdown over several lines. */
export function TextField({ name, spec, rows = 4 }: Props) {
  const { value: fieldValue, inputRef, onBlur, error, onChange } = useDraftField(name);
  const value = typeof fieldValue === "string" ? fieldValue : "";
  const notApplicable = spec.notApplicable && value === NOT_APPLICABLE;
  const tableCell = rendersAsTable(spec.section);
  // One line, the first thing Bugzilla will do that the author may not expect.
  const hint = useMemo(() => markdownHints(value, { tableCell })[0], [value, tableCell]);
  const a11y = describedBy(name, Boolean(spec.help), Boolean(error));
  const hintId = `${fieldId(name)}-hint`;
  const common = {
    id: fieldId(name),
    name,
    ref: inputRef,
    value,
    onBlur: onBlur,
    readOnly: notApplicable,
    placeholder: spec.placeholder,
    className: inputClass,
    ...a11y,
    "aria-describedby": [a11y["aria-describedby"], hint ? hintId : ""].filter(Boolean).join(" ") || undefined,
  };
  return (
    <FieldShell
      name={name}
      label={spec.label}
      help={spec.help}
      error={error}
      notApplicable={spec.notApplicable ? <NotApplicableSwitch name={name} label={spec.label} value={value} empty="" isValue={isText} onChange={onChange} /> : undefined}
    >
      {spec.input === "markdown" ? (
        <textarea {...common} rows={rows} spellCheck className={`${inputClass} field-sizing-content min-h-24 font-[inherit]`} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={hintId} className="text-sm text-amber-800 dark:text-amber-300">
          {hint.message}
        </p>
      )}
    </FieldShell>
  );
}
