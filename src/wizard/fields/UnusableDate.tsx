import type { Ref } from "react";
import { inputClass } from "./FieldShell.tsx";

type Props = {
  id: string;
  inputRef: Ref<HTMLInputElement>;
  value: string;
  onBlur(): void;
  onChange(value: string): void;
  a11y: object;
  /** How the field's dates may be written, e.g. "2025-03-04". */
  examples: string;
};

/** A stored date the date inputs cannot show: kept as typed, with the way out. */
export function UnusableDate({ id, inputRef, value, onBlur, onChange, a11y, examples }: Props) {
  return (
    <div className="space-y-2">
      <input id={id} ref={inputRef} className={inputClass} value={value} onBlur={onBlur} onChange={(e) => onChange(e.target.value)} {...a11y} />
      <p className="text-sm text-amber-800 dark:text-amber-300">
        This is not a date the report can use. Write it as {examples}, or{" "}
        <button type="button" className="underline" onClick={() => onChange("")}>
          clear it and pick a date
        </button>
        .
      </p>
    </div>
  );
}
