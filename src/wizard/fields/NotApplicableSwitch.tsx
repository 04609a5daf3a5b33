import { useRef } from "react";
import { NOT_APPLICABLE } from "../../domain/draft/catalogue.ts";
import { useNotApplicableMemory } from "./notApplicableMemory.tsx";

type Props<T> = {
  /** The field's form name: what it held before N/A is remembered under it. */
  name: string;
  label: string;
  value: T;
  empty: T;
  /** Whether a remembered value is one this field can take back. */
  isValue(value: unknown): value is T;
  onChange(value: T | typeof NOT_APPLICABLE): void;
};

/**
 * The explicit "Not applicable" choice. Unticking it gives back what was
 * there before, even after a visit to another step, so nothing typed is lost
 * by trying it.
 */
export function NotApplicableSwitch<T>({ name, label, value, empty, isValue, onChange }: Props<T>) {
  const memory = useNotApplicableMemory();
  const local = useRef<unknown>(empty);
  const checked = value === NOT_APPLICABLE;
  const remember = (before: T) => {
    if (memory) memory.set(name, before);
    else local.current = before;
  };
  const remembered = (): T => {
    const before = memory ? memory.get(name) : local.current;
    return isValue(before) && before !== NOT_APPLICABLE ? before : empty;
  };
  return (
    <label className="inline-flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <input
        type="checkbox"
        className="size-4 rounded border-slate-400 accent-blue-700"
        checked={checked}
        aria-label={`${label}: not applicable`}
        onChange={(e) => {
          if (e.target.checked) {
            remember(value);
            onChange(NOT_APPLICABLE);
          } else {
            onChange(remembered());
          }
        }}
      />
      Not applicable
    </label>
  );
}
