import type { Ref } from "react";
import { useFormContext, type FieldPath } from "react-hook-form";
import { clip } from "../../domain/draft/problems.ts";
import { useUndoOffer } from "../../ui/useUndoOffer.tsx";
import type { DraftForm } from "../form/draftForm.ts";
import { inputClass } from "./FieldShell.tsx";

type Props = {
  id: string;
  inputRef: Ref<HTMLInputElement>;
  value: string;
  onBlur(): void;
  onChange(value: string): void;
  /** "Clear it and pick a date": see `useClearWithUndo`. */
  onClear(): void;
  a11y: object;
  /** How the field's dates may be written, e.g. "2025-03-04". */
  examples: string;
};

/**
 * "Clear it and pick a date", with Undo: the words were the author's (typed,
 * or read from an imported report), so one click must not lose them.
 * Undo writes through the form: it may come after the field is gone (another step).
 */
export function useClearWithUndo(name: FieldPath<DraftForm>, value: string, onChange: (value: string) => void) {
  const { offer } = useUndoOffer();
  const { setValue } = useFormContext<DraftForm>();
  const clear = () => {
    const before = value;
    onChange("");
    offer(`Cleared \u201c${clip(before)}\u201d.`, () => setValue(name, before, { shouldDirty: true }));
  };
  return { clear };
}

/** A stored date the date inputs cannot show: kept as typed, with the way out. */
export function UnusableDate({ id, inputRef, value, onBlur, onChange, onClear, a11y, examples }: Props) {
  return (
    <div className="space-y-2">
      <input id={id} ref={inputRef} className={inputClass} value={value} onBlur={onBlur} onChange={(e) => onChange(e.target.value)} {...a11y} />
      <p className="text-sm text-amber-800 dark:text-amber-300">
        This is not a date the report can use. Write it as {examples}, or{" "}
        <button type="button" className="underline" onClick={onClear}>
          clear it and pick a date
        </button>
        .
      </p>
    </div>
  );
}
